import type { TConfidence } from '@/lib/quiz/confidence';
import type { TReviewRating } from '@/lib/review/scheduler';

/** A partly right answer at or above this share counts as recalled with effort, below as forgotten. */
export const PARTIAL_RECALL_THRESHOLD = 0.5;

/**
 * Maps a graded quiz answer to an FSRS rating:
 * - fully right and sure (or confidence not asked) → good: FSRS's normal "recalled";
 * - fully right but not sure → hard: recalled with doubt, so the interval grows less;
 * - partly right (score ≥ 0.5) → hard: recalled in part, not yet a lapse;
 * - otherwise (wrong, mostly wrong, or not a number) → again.
 * Never easy: a quiz cannot tell "easy" from "good"; easy is left to a student's own rating of a term.
 */
export function ratingFromGrade(score: number, confidence: TConfidence | undefined): TReviewRating {
  if (!Number.isFinite(score)) return 'again';
  if (score >= 1) return confidence === 'not-sure' ? 'hard' : 'good';
  return score >= PARTIAL_RECALL_THRESHOLD ? 'hard' : 'again';
}
