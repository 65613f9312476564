import { compareIds } from '@/lib/analytics/id-order';
import { allEqual, mean, pearsonCorrelation } from '@/lib/analytics/statistics';

/** One attempt's view of one question: its score on the item and on the rest of the quiz. */
export interface ItemObservation {
  attemptId: string;
  /** Score on this item, 0..1. */
  itemScore: number;
  /** Total score of the attempt minus `itemScore`. */
  restScore: number;
}

/**
 * Corrected point-biserial discrimination: the Pearson correlation between the item score and the
 * rest score, r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² · Σ(y−ȳ)²) over attempts, x = item score,
 * y = rest score. For an all-or-nothing item this is exactly the point-biserial coefficient; for
 * partial credit it is the same formula on the fractional scores. The rest score is used instead
 * of the total so an item is not correlated with itself, which inflates r in short quizzes.
 * Null when undefined: fewer than two attempts, or the item or the rest score has zero variance.
 */
export function pointBiserial(observations: readonly ItemObservation[]): number | null {
  return pearsonCorrelation(
    observations.map((o) => o.itemScore),
    observations.map((o) => o.restScore),
  );
}

/** Kelley's 27%: the classic group size that balances group extremity against group size. */
export const EXTREME_GROUP_FRACTION = 0.27;

/**
 * Upper–lower discrimination index D = (mean item score of the upper group) − (mean item score
 * of the lower group). Groups are the top and bottom g = round(0.27 · n) attempts ranked by rest
 * score (for the same reason as the point-biserial); ties at a group boundary are broken by
 * attempt id so the result is reproducible. Mean score means partial credit counts, as in facility.
 * D ranges from −1 to 1. Null when n < 2 or all rest scores are equal (the groups would be arbitrary).
 */
export function upperLowerIndex(observations: readonly ItemObservation[]): number | null {
  const n = observations.length;
  if (n < 2 || allEqual(observations.map((o) => o.restScore))) return null;
  const groupSize = Math.max(1, Math.round(EXTREME_GROUP_FRACTION * n));
  const ranked = [...observations].sort(
    (a, b) => b.restScore - a.restScore || compareIds(a.attemptId, b.attemptId),
  );
  const upper = mean(ranked.slice(0, groupSize).map((o) => o.itemScore)) ?? 0;
  const lower = mean(ranked.slice(n - groupSize).map((o) => o.itemScore)) ?? 0;
  return upper - lower;
}
