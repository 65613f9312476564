/**
 * The one way a score reaches a screen: a whole per cent ("53%"), with marks to at most one decimal
 * ("9.5 of 18") where the marks matter. Exports keep full precision and do not use this.
 */

/** A 0..1 share as a whole per cent, rounded half up: 0.5268 → "53%"; null (nothing to score) → "—". */
export function percentText(share: number | null): string {
  return share === null ? '—' : `${wholePercent(share)}%`;
}

/** The whole per cent of a 0..1 share, for sorting and banding as well as display. */
export function wholePercent(share: number): number {
  // The small offset keeps 0.285 (stored as 0.28499…) from rounding down.
  return Math.round(share * 100 + 1e-9);
}

/** Marks to at most one decimal: 9.483333 → "9.5", 9 → "9", 0.04 → "0". */
export function marksText(marks: number): string {
  const rounded = Math.round(marks * 10 + 1e-9) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** "53% (9.5 of 18 marks)": the per cent first, the marks behind it. */
export function scoreText(score: number, max: number): string {
  const share = max > 0 ? score / max : 0;
  return `${percentText(share)} (${marksText(score)} of ${marksText(max)} marks)`;
}
