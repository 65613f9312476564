/**
 * What grading returns. A response either earns a score in 0..1 with the facts that explain it
 * (`detail`, used for feedback and item analysis), or is rejected with a typed reason and earns
 * nothing. Rejected responses are never stored as answers; the caller asks the student to fix them.
 */

export type TGradeErrorCode =
  /** Not a response at all: wrong shape, extra keys, too long, NaN/Infinity, unknown type. */
  | 'malformed'
  /** A well-formed response for another question type than the question's. */
  | 'wrong-type'
  /** Nothing chosen: no option, no items, no matches. */
  | 'empty'
  /** The same option or item twice, or two lefts matched to the same right. */
  | 'duplicate'
  /** An id that does not exist in this question. */
  | 'unknown-id'
  /** An ordering that leaves items out, or a matching that leaves lefts unmatched. */
  | 'incomplete';

export type TGradeError = { ok: false; error: TGradeErrorCode; message: string };

export type TGradeDetail =
  | { type: 'single'; chosenOptionId: string }
  | { type: 'multi'; selectedCorrect: string[]; selectedWrong: string[]; missedCorrect: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'ordering'; pairsInOrder: number; pairsTotal: number }
  | { type: 'matching'; rightLeftIds: string[]; wrongLeftIds: string[] }
  | { type: 'numeric'; value: number; commonErrorValue: number | null };

export type TGraded = { ok: true; score: number; correct: boolean; detail: TGradeDetail };

export type TGradeResult = TGraded | TGradeError;

/** `correct` is derived, never set by hand, so it cannot disagree with the score. */
export function graded(score: number, detail: TGradeDetail): TGraded {
  return { ok: true, score, correct: score === 1, detail };
}

export function gradeError(error: TGradeErrorCode, message: string): TGradeError {
  return { ok: false, error, message };
}
