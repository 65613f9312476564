/** Small numeric helpers shared by the item and class statistics. */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** count / total, and 0 for an empty population so a chart never receives NaN. */
export function shareOf(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

/**
 * Exact comparison on purpose: a floating-point variance of identical values can come out as
 * 1e-33 instead of 0, which would turn "undefined" into a meaningless huge or tiny correlation.
 */
export function allEqual(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}

/**
 * Pearson correlation r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² · Σ(y−ȳ)²).
 * Null when it is undefined: fewer than two pairs, or either variable constant.
 */
export function pearsonCorrelation(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new RangeError('pearsonCorrelation needs paired values');
  if (xs.length < 2 || allEqual(xs) || allEqual(ys)) return null;
  const xMean = mean(xs) ?? 0;
  const yMean = mean(ys) ?? 0;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - xMean;
    const dy = (ys[i] ?? 0) - yMean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxy / Math.sqrt(sxx * syy);
}
