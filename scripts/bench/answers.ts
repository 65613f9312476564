import type { TQuestion } from '@/lib/content/question-schema';

/** Alternates right and wrong answers so both the review-queue and the plain paths are measured. */
export function answerFor(q: TQuestion, right: boolean): unknown {
  switch (q.type) {
    case 'single':
      return { type: 'single', optionId: q.options.find((o) => o.correct === right)?.id };
    case 'multi':
      return { type: 'multi', optionIds: q.options.filter((o) => o.correct === right).map((o) => o.id) };
    case 'true-false':
      return { type: 'true-false', value: right ? q.answer : !q.answer };
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      return { type: 'ordering', itemIds: right ? ids : [...ids].reverse() };
    }
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(q.pairs.map((p) => [p.left.id, p.right.id])) };
    case 'numeric':
      return { type: 'numeric', value: right ? q.answer : q.answer + q.tolerance + 1 };
  }
}
