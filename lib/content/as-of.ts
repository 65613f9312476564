/**
 * The product describes the situation as of October 2024 (the US election of November 2024 was still
 * ahead). Anything dated later must be flagged as later background so the UI can say so.
 */
export const AS_OF_LIMIT = '2024-10';

/** `2023-04-04` -> `2023-04`; month precision is what the as-of rules compare. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function isAfterAsOfLimit(date: string): boolean {
  return monthOf(date) > AS_OF_LIMIT;
}
