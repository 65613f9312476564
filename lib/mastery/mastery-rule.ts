/**
 * The thresholds that turn a topic's evidence into a level. Explained, with the reasons for each
 * number, in MASTERY.md beside this file; change both together.
 */

export const MASTERY_LEVELS = ['not-started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
export type TMasteryLevel = (typeof MASTERY_LEVELS)[number];

/** Each level in words, as every chart, table and page shows it. */
export const MASTERY_LEVEL_TEXT: Readonly<Record<TMasteryLevel, string>> = {
  'not-started': 'Not started',
  attempted: 'Attempted',
  familiar: 'Familiar',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

/** Weight of the k-th most recent response is RECENCY_DECAY^k (latest k = 0). */
export const RECENCY_DECAY = 0.8;

/**
 * A response marked "sure" weighs 1 + CONFIDENT_MISS_EXTRA × (1 − score): up to 1.5× when fully
 * wrong, unchanged when right. A confident wrong answer is a held misconception, not a slip.
 */
export const CONFIDENT_MISS_EXTRA = 0.5;

export const FAMILIAR = { minWeightedScore: 0.5 } as const;
export const PROFICIENT = { minWeightedScore: 0.75, minDistinctQuestions: 2 } as const;
export const MASTERED = {
  minWeightedScore: 0.9,
  minDistinctQuestions: 3,
  minResponses: 5,
  minAttempts: 2,
  minDays: 2,
} as const;

/** What the rule looks at for one topic. */
export type TTopicEvidence = {
  weightedScore: number;
  responses: number;
  distinctQuestions: number;
  attempts: number;
  /** Distinct UTC calendar days with at least one response. */
  days: number;
};

/** The highest level whose every requirement the evidence meets. */
export function levelFor(e: TTopicEvidence): TMasteryLevel {
  if (e.responses === 0) return 'not-started';
  if (
    e.weightedScore >= MASTERED.minWeightedScore &&
    e.distinctQuestions >= MASTERED.minDistinctQuestions &&
    e.responses >= MASTERED.minResponses &&
    e.attempts >= MASTERED.minAttempts &&
    e.days >= MASTERED.minDays
  ) {
    return 'mastered';
  }
  if (
    e.weightedScore >= PROFICIENT.minWeightedScore &&
    e.distinctQuestions >= PROFICIENT.minDistinctQuestions
  ) {
    return 'proficient';
  }
  if (e.weightedScore >= FAMILIAR.minWeightedScore) return 'familiar';
  return 'attempted';
}
