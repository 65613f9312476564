import type { TQuestion } from '@/lib/content/question-schema';

/** A fully correct response for any question type, built from the answer key (tests only). */
export function rightAnswer(q: TQuestion): unknown {
  switch (q.type) {
    case 'single':
      return { type: 'single', optionId: q.options.find((o) => o.correct)?.id };
    case 'multi':
      return { type: 'multi', optionIds: q.options.filter((o) => o.correct).map((o) => o.id) };
    case 'true-false':
      return { type: 'true-false', value: q.answer };
    case 'ordering':
      return { type: 'ordering', itemIds: q.items.map((i) => i.id) };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(q.pairs.map((p) => [p.left.id, p.right.id])) };
    case 'numeric':
      return { type: 'numeric', value: q.answer };
  }
}
