import type { TQuestion } from '@/lib/content/question-schema';
import { graded, type TGradeResult } from '@/lib/quiz/grade-result';
import type { TNumericResponse } from '@/lib/quiz/response-schema';

type TNumericQuestion = Extract<TQuestion, { type: 'numeric' }>;

/**
 * Binary floating point makes |20.1 − 20| slightly larger than 0.1; without this allowance an
 * answer exactly on the edge of an inclusive tolerance would be marked wrong.
 */
const ROUNDING_ALLOWANCE = 1e-9;

/** Inclusive: `value` within `tolerance` of `target`, forgiving float rounding only. */
export function isWithinTolerance(value: number, target: number, tolerance: number): boolean {
  return Math.abs(value - target) <= tolerance + ROUNDING_ALLOWANCE * Math.max(1, Math.abs(target));
}

/**
 * The common error the student most likely made: the nearest listed wrong value within the
 * question's tolerance of the answer given, or null.
 */
export function matchCommonError(question: TNumericQuestion, value: number): number | null {
  let best: number | null = null;
  for (const e of question.commonErrors) {
    if (!isWithinTolerance(value, e.value, question.tolerance)) continue;
    if (best === null || Math.abs(value - e.value) < Math.abs(value - best)) best = e.value;
  }
  return best;
}

/** All or nothing: right when within the tolerance of the answer, edges included. */
export function gradeNumeric(question: TNumericQuestion, response: TNumericResponse): TGradeResult {
  const right = isWithinTolerance(response.value, question.answer, question.tolerance);
  return graded(right ? 1 : 0, {
    type: 'numeric',
    value: response.value,
    commonErrorValue: right ? null : matchCommonError(question, response.value),
  });
}
