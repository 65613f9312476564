/** A 0..1 score as a percentage with one decimal (2/3 → 66.7), kept a number so spreadsheets can sum it. */
export function toPercent(score: number): number {
  return Math.round(score * 1000) / 10;
}

/** Two decimals are enough to tell 1/3 from 1/2 partial credit while staying readable. */
export function toTwoDecimals(x: number): number {
  return Math.round(x * 100) / 100;
}
