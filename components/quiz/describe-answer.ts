import type { TPublicQuestion } from '@/lib/content/public-question';
import type { TResponse } from '@/lib/quiz/response-schema';

/** The pupil's own answer as short lines of text, from the public question (no answer key needed). */
export function describeOwnAnswer(q: TPublicQuestion, r: TResponse): string[] {
  const choices =
    q.type === 'single' || q.type === 'multi'
      ? q.options
      : q.type === 'ordering'
        ? q.items
        : q.type === 'matching'
          ? [...q.lefts, ...q.rights]
          : [];
  const textOf = (id: string) =>
    choices.find((c) => c.id === id)?.text ?? 'an answer no longer in this question';
  switch (r.type) {
    case 'single':
      return [textOf(r.optionId)];
    case 'multi':
      return r.optionIds.map(textOf);
    case 'true-false':
      return [r.value ? 'True' : 'False'];
    case 'ordering':
      return r.itemIds.map((id, i) => `${i + 1}. ${textOf(id)}`);
    case 'matching':
      return Object.entries(r.matches).map(([left, right]) => `${textOf(left)} → ${textOf(right)}`);
    case 'numeric':
      return [`${r.value}${q.type === 'numeric' ? ` ${q.unit}` : ''}`];
  }
}
