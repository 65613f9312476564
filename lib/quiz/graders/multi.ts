import type { TQuestion } from '@/lib/content/question-schema';
import { graded, type TGradeResult } from '@/lib/quiz/grade-result';
import { checkIdList } from '@/lib/quiz/graders/id-checks';
import type { TMultiResponse } from '@/lib/quiz/response-schema';

type TMultiQuestion = Extract<TQuestion, { type: 'multi' }>;

/**
 * Share of correct options found minus share of distractors chosen, floored at 0:
 *   score = max(0, selectedCorrect / correctCount − selectedWrong / distractorCount)
 * Choosing options without knowing which are right gains as much on one side as it loses on the
 * other, so selecting everything (or guessing at random) earns 0 on average, whatever the mix of
 * correct options and distractors. The simpler "(right − wrong) / correctCount" would give 2/3
 * for ticking every box of a question with three correct options and one distractor.
 */
export function gradeMulti(question: TMultiQuestion, response: TMultiResponse): TGradeResult {
  const invalid = checkIdList(response.optionIds, new Set(question.options.map((o) => o.id)), 'option');
  if (invalid) return invalid;

  const chosen = new Set(response.optionIds);
  const correct = question.options.filter((o) => o.correct);
  const distractors = question.options.filter((o) => !o.correct);
  // Reported in the question's option order, so feedback and analysis read the same way every time.
  const selectedCorrect = correct.filter((o) => chosen.has(o.id)).map((o) => o.id);
  const selectedWrong = distractors.filter((o) => chosen.has(o.id)).map((o) => o.id);
  const missedCorrect = correct.filter((o) => !chosen.has(o.id)).map((o) => o.id);

  const score = Math.max(
    0,
    selectedCorrect.length / correct.length - selectedWrong.length / distractors.length,
  );
  return graded(score, { type: 'multi', selectedCorrect, selectedWrong, missedCorrect });
}
