import { CONFIDENT_MISS_EXTRA, RECENCY_DECAY } from '@/lib/mastery/mastery-rule';
import type { TConfidence } from '@/lib/quiz/confidence';

export type TScoredAnswer = { score: number; confidence?: TConfidence };

/**
 * Weighted mean of scores, `answers` ordered most recent first. Recency weights decay
 * exponentially so that what a student knows now outweighs what they got wrong last month,
 * without one answer erasing the rest; a confident miss weighs more than an unsure one.
 * Returns 0 for no answers.
 */
export function weightedScore(answers: readonly TScoredAnswer[]): number {
  let weighted = 0;
  let totalWeight = 0;
  answers.forEach((answer, recency) => {
    const confidenceWeight = answer.confidence === 'sure' ? 1 + CONFIDENT_MISS_EXTRA * (1 - answer.score) : 1;
    const weight = RECENCY_DECAY ** recency * confidenceWeight;
    weighted += weight * answer.score;
    totalWeight += weight;
  });
  return totalWeight === 0 ? 0 : weighted / totalWeight;
}
