import type { TQuestion } from '@/lib/content/question-schema';
import { gradeError, graded, type TGradeResult } from '@/lib/quiz/grade-result';
import type { TMatchingResponse } from '@/lib/quiz/response-schema';

type TMatchingQuestion = Extract<TQuestion, { type: 'matching' }>;

/**
 * Share of lefts matched to their own right. Every left must be matched and no right used twice:
 * the matching is one-to-one, so the player disables a right once it is taken, and anything else
 * is a broken client rather than an answer.
 */
export function gradeMatching(question: TMatchingQuestion, response: TMatchingResponse): TGradeResult {
  // Object.entries reads own keys only; indexing the record by a question id such as "constructor"
  // would reach Object.prototype.
  const matches = new Map(Object.entries(response.matches));
  if (matches.size === 0) return gradeError('empty', 'no matches made');

  const rightFor = new Map(question.pairs.map((p) => [p.left.id, p.right.id]));
  const rights = new Set(rightFor.values());
  const usedRights = new Set<string>();
  for (const [left, right] of matches) {
    if (!rightFor.has(left)) return gradeError('unknown-id', `"${left}" is not a left item of this question`);
    if (!rights.has(right))
      return gradeError('unknown-id', `"${right}" is not a right item of this question`);
    if (usedRights.has(right)) return gradeError('duplicate', `"${right}" is matched more than once`);
    usedRights.add(right);
  }
  if (matches.size !== rightFor.size) {
    return gradeError('incomplete', `matched ${matches.size} of ${rightFor.size} items`);
  }

  const rightLeftIds: string[] = [];
  const wrongLeftIds: string[] = [];
  for (const [left, right] of rightFor) {
    (matches.get(left) === right ? rightLeftIds : wrongLeftIds).push(left);
  }
  return graded(rightLeftIds.length / rightFor.size, { type: 'matching', rightLeftIds, wrongLeftIds });
}
