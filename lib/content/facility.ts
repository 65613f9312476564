import type { TQuestion } from './question-schema';

/**
 * Difficulty against facility (the share of answers that were right). A "hard" item most students get
 * right, or an "easy" one most get wrong, is mis-tagged: the tag drives the demo data, mastery weights
 * and what a teacher expects. Pure, so it works on any tally: the demo cohort or real responses.
 */

/** A hard item answered correctly by more than this share is flagged. */
export const HARD_MAX_FACILITY = 0.85;
/** An easy item answered correctly by less than this share is flagged. */
export const EASY_MIN_FACILITY = 0.3;
/** Fewer answers than this say nothing about an item. */
export const MIN_ANSWERS = 20;

export type TTally = { answered: number; correct: number };

export type TFacilityFlag = {
  questionId: string;
  difficulty: 1 | 2 | 3;
  facility: number;
  answered: number;
  problem: 'hard-but-easy' | 'easy-but-hard';
};

export function difficultyMismatches(
  questions: readonly TQuestion[],
  tallies: ReadonlyMap<string, TTally>,
): TFacilityFlag[] {
  return questions.flatMap((q): TFacilityFlag[] => {
    const tally = tallies.get(q.id);
    if (!tally || tally.answered < MIN_ANSWERS) return [];
    const facility = tally.correct / tally.answered;
    const base = { questionId: q.id, difficulty: q.difficulty, facility, answered: tally.answered };
    if (q.difficulty === 3 && facility > HARD_MAX_FACILITY) return [{ ...base, problem: 'hard-but-easy' }];
    if (q.difficulty === 1 && facility < EASY_MIN_FACILITY) return [{ ...base, problem: 'easy-but-hard' }];
    return [];
  });
}

/** Mean facility per difficulty tag: the three means should fall as difficulty rises. */
export function facilityByDifficulty(
  questions: readonly TQuestion[],
  tallies: ReadonlyMap<string, TTally>,
): Record<'1' | '2' | '3', number | null> {
  const sums = { 1: [0, 0], 2: [0, 0], 3: [0, 0] } as Record<1 | 2 | 3, [number, number]>;
  for (const q of questions) {
    const tally = tallies.get(q.id);
    if (!tally || tally.answered === 0) continue;
    sums[q.difficulty][0] += tally.correct / tally.answered;
    sums[q.difficulty][1] += 1;
  }
  const mean = ([total, n]: [number, number]) => (n === 0 ? null : total / n);
  return { '1': mean(sums[1]), '2': mean(sums[2]), '3': mean(sums[3]) };
}
