import { compareIds } from '@/lib/analytics/id-order';
import type { OptionRow, ResponseRow } from '@/lib/analytics/rows';
import { shareOf } from '@/lib/analytics/statistics';

export interface OptionFrequency {
  optionId: string;
  /** From the content; null for an id the content no longer has (answered on an older version). */
  correct: boolean | null;
  /** Responses that chose this option. */
  count: number;
  /** count / responses to the question that chose options; for multi the shares may sum above 1. */
  share: number;
  misconceptionIds: readonly string[];
}

/**
 * How often each option of one question was chosen. Every option of the content is listed, even
 * when nobody chose it, because a distractor nobody picks is itself worth a teacher's attention;
 * content options keep their order, ids only seen in responses follow sorted.
 */
export function distractorFrequencies(
  questionId: string,
  responses: readonly ResponseRow[],
  options: readonly OptionRow[],
): OptionFrequency[] {
  const answered = responses.filter((r) => r.questionId === questionId && r.optionIds !== undefined);
  const counts = new Map<string, number>();
  for (const r of answered) {
    // A repeated id inside one response is one choice, not two.
    for (const id of new Set(r.optionIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const known = options.filter((o) => o.questionId === questionId);
  const knownIds = new Set(known.map((o) => o.optionId));
  const unknownIds = [...counts.keys()].filter((id) => !knownIds.has(id)).sort(compareIds);
  const frequency = (optionId: string, correct: boolean | null, misconceptionIds: readonly string[]) => {
    const count = counts.get(optionId) ?? 0;
    return { optionId, correct, count, share: shareOf(count, answered.length), misconceptionIds };
  };
  return [
    ...known.map((o) => frequency(o.optionId, o.correct, o.misconceptionIds)),
    ...unknownIds.map((id) => frequency(id, null, [])),
  ];
}
