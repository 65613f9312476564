import type { TQuestion } from '@/lib/content/question-schema';
import { gradeError, graded, type TGradeResult } from '@/lib/quiz/grade-result';
import { checkIdList } from '@/lib/quiz/graders/id-checks';
import type { TOrderingResponse } from '@/lib/quiz/response-schema';

type TOrderingQuestion = Extract<TQuestion, { type: 'ordering' }>;

/**
 * Share of item pairs the student put in the right relative order (one minus the normalised
 * Kendall tau distance). Each pair is one before/after fact ("the Bucharest promise came before
 * the 2022 application"), so the score says how many of those facts the student has right:
 * swapping two neighbours costs one pair, moving the last step to the front costs every pair it
 * jumps over, and a fully reversed order earns 0. Adjacent-pair scoring would credit block swaps
 * (C D A B scores 2/3 though only 2 of 6 relations hold); longest-subsequence scoring charges a
 * neighbour swap the same as a step moved from one end to the other.
 */
export function gradeOrdering(question: TOrderingQuestion, response: TOrderingResponse): TGradeResult {
  const position = new Map(question.items.map((item, index) => [item.id, index]));
  const invalid = checkIdList(response.itemIds, new Set(position.keys()), 'item');
  if (invalid) return invalid;
  if (response.itemIds.length !== question.items.length) {
    return gradeError('incomplete', `ordered ${response.itemIds.length} of ${question.items.length} items`);
  }

  // Every id is known (checked above), so the fallback never applies.
  const placed = response.itemIds.map((id) => position.get(id) ?? 0);
  let pairsInOrder = 0;
  placed.forEach((earlier, i) => {
    for (const later of placed.slice(i + 1)) if (earlier < later) pairsInOrder++;
  });
  const pairsTotal = (placed.length * (placed.length - 1)) / 2;
  return graded(pairsInOrder / pairsTotal, { type: 'ordering', pairsInOrder, pairsTotal });
}
