import type { TPublicQuestion } from '@/lib/content/public-question';
import type { TConfidence } from '@/lib/quiz/confidence';
import type { TResponse } from '@/lib/quiz/response-schema';

/**
 * The class's answers to one question in one round, summarised for the projector. Pure: votes in,
 * counts out. Choice questions count each option (by its public text, never by correctness: the
 * presenter marks the right option only after Reveal); other types count right / partly right /
 * wrong, which says nothing about the key either, since it is only shown after Reveal.
 */

export type TLiveVoteRow = {
  studentId: string;
  response: TResponse;
  correct: boolean;
  score: number;
  confidence: TConfidence;
};

export type TBar = { id: string; label: string; count: number };
export type TConfidenceSplit = {
  sure: { right: number; wrong: number };
  notSure: { right: number; wrong: number };
  unsaid: number;
};
export type TRoundSummary = {
  answered: number;
  correct: number;
  /** 0..1; 0 when nobody answered. */
  shareCorrect: number;
  bars: TBar[];
  confidence: TConfidenceSplit;
};

function choiceBars(question: TPublicQuestion, votes: readonly TLiveVoteRow[]): TBar[] | null {
  if (question.type === 'single' || question.type === 'multi')
    return question.options.map((o) => ({
      id: o.id,
      label: o.text,
      count: votes.filter(({ response: r }) =>
        r.type === 'single' ? r.optionId === o.id : r.type === 'multi' && r.optionIds.includes(o.id),
      ).length,
    }));
  if (question.type === 'true-false')
    return [true, false].map((value) => ({
      id: String(value),
      label: value ? 'True' : 'False',
      count: votes.filter((v) => v.response.type === 'true-false' && v.response.value === value).length,
    }));
  return null;
}

function outcomeBars(votes: readonly TLiveVoteRow[]): TBar[] {
  const partly = votes.filter((v) => !v.correct && v.score > 0).length;
  const right = votes.filter((v) => v.correct).length;
  return [
    { id: 'correct', label: 'Right', count: right },
    { id: 'partial', label: 'Partly right', count: partly },
    { id: 'incorrect', label: 'Wrong', count: votes.length - right - partly },
  ];
}

export function confidenceSplit(votes: readonly TLiveVoteRow[]): TConfidenceSplit {
  const split: TConfidenceSplit = {
    sure: { right: 0, wrong: 0 },
    notSure: { right: 0, wrong: 0 },
    unsaid: 0,
  };
  for (const v of votes) {
    if (v.confidence === null) split.unsaid++;
    else split[v.confidence === 'sure' ? 'sure' : 'notSure'][v.correct ? 'right' : 'wrong']++;
  }
  return split;
}

export function summariseRound(question: TPublicQuestion, votes: readonly TLiveVoteRow[]): TRoundSummary {
  const correct = votes.filter((v) => v.correct).length;
  return {
    answered: votes.length,
    correct,
    shareCorrect: votes.length === 0 ? 0 : correct / votes.length,
    bars: choiceBars(question, votes) ?? outcomeBars(votes),
    confidence: confidenceSplit(votes),
  };
}

export type TRoundShift = {
  firstShare: number;
  secondShare: number;
  /** Students wrong in the first vote and right in the second. */
  movedToRight: number;
  /** Students right in the first vote and wrong in the second. */
  movedToWrong: number;
};

export function compareRounds(
  first: readonly Pick<TLiveVoteRow, 'studentId' | 'correct'>[],
  second: readonly Pick<TLiveVoteRow, 'studentId' | 'correct'>[],
): TRoundShift {
  const before = new Map(first.map((v) => [v.studentId, v.correct]));
  const share = (vs: readonly { correct: boolean }[]) =>
    vs.length === 0 ? 0 : vs.filter((v) => v.correct).length / vs.length;
  let movedToRight = 0;
  let movedToWrong = 0;
  for (const v of second) {
    const was = before.get(v.studentId);
    if (was === false && v.correct) movedToRight++;
    if (was === true && !v.correct) movedToWrong++;
  }
  return { firstShare: share(first), secondShare: share(second), movedToRight, movedToWrong };
}

/** The misconception revealed most often by wrong answers (ties: the first id alphabetically), or null. */
export function mostCommonMisconception(revealed: readonly (readonly string[])[]): string | null {
  const counts = new Map<string, number>();
  for (const ids of revealed) for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const [id, n] of [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (!best || n > best[1]) best = [id, n];
  return best?.[0] ?? null;
}
