/**
 * Deterministic ordering for ids. Code-unit comparison, not locale comparison, so the same data
 * gives the same order on every server and in every test.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The preferred ids first (in their order, without repeats), then any other seen ids sorted.
 * Lets a caller show a roster or quiz order while never hiding data the caller did not expect.
 */
export function orderIds(preferred: readonly string[], seen: Iterable<string>): string[] {
  const result = [...new Set(preferred)];
  const included = new Set(result);
  const extra = [...new Set(seen)].filter((id) => !included.has(id)).sort(compareIds);
  return [...result, ...extra];
}
