import type { TQuestion } from '@/lib/content/question-schema';
import { graded, type TGradeResult } from '@/lib/quiz/grade-result';
import type { TTrueFalseResponse } from '@/lib/quiz/response-schema';

type TTrueFalseQuestion = Extract<TQuestion, { type: 'true-false' }>;

/** All or nothing. */
export function gradeTrueFalse(question: TTrueFalseQuestion, response: TTrueFalseResponse): TGradeResult {
  return graded(response.value === question.answer ? 1 : 0, { type: 'true-false', value: response.value });
}
