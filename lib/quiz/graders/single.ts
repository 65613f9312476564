import type { TQuestion } from '@/lib/content/question-schema';
import { gradeError, graded, type TGradeResult } from '@/lib/quiz/grade-result';
import type { TSingleResponse } from '@/lib/quiz/response-schema';

type TSingleQuestion = Extract<TQuestion, { type: 'single' }>;

/** All or nothing: there is exactly one correct option. */
export function gradeSingle(question: TSingleQuestion, response: TSingleResponse): TGradeResult {
  if (response.optionId === '') return gradeError('empty', 'no option chosen');
  const option = question.options.find((o) => o.id === response.optionId);
  if (!option) return gradeError('unknown-id', `"${response.optionId}" is not an option of this question`);
  return graded(option.correct ? 1 : 0, { type: 'single', chosenOptionId: option.id });
}
