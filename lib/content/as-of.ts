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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024-10" → "October 2024"; "2023-04-04" → "4 April 2023". Pure, so client components may use it. */
export function formatAsOf(asOf: string): string {
  const [y, m, d] = asOf.split('-');
  const month = MONTHS[Number(m) - 1] ?? '';
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
