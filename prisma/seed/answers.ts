import type { TQuestion } from '../../lib/content/question-schema';
import type { TResponse } from '../../lib/quiz/response-schema';
import { pickWeighted, shuffled, type Rng } from './random';

/**
 * Misconceptions the demo class holds more often than others, so the teacher's "address before
 * next lesson" list has a clear top, as real classes do.
 */
const COMMON = new Set([
  'article-5-automatic-troops',
  'one-member-cannot-block',
  'application-guarantees-entry',
  'front-line-is-a-border',
  'invitation-equals-membership',
]);

/** A plausible answer: right with probability p, otherwise a typical mistake. */
export function demoAnswer(q: TQuestion, p: number, rng: Rng): TResponse {
  const right = rng() < p;
  switch (q.type) {
    case 'single': {
      if (right) return { type: 'single', optionId: q.options.find((o) => o.correct)?.id ?? '' };
      const wrong = q.options.filter((o) => !o.correct);
      const id = pickWeighted(
        rng,
        wrong.map((o) => ({ item: o.id, weight: o.misconception && COMMON.has(o.misconception) ? 4 : 1 })),
      );
      return { type: 'single', optionId: id };
    }
    case 'multi': {
      const correct = q.options.filter((o) => o.correct).map((o) => o.id);
      if (right) return { type: 'multi', optionIds: correct };
      const wrong = q.options.filter((o) => !o.correct);
      const extra = pickWeighted(
        rng,
        wrong.map((o) => ({ item: o.id, weight: o.misconception && COMMON.has(o.misconception) ? 4 : 1 })),
      );
      return { type: 'multi', optionIds: [...correct.slice(0, Math.max(1, correct.length - 1)), extra] };
    }
    case 'true-false':
      return { type: 'true-false', value: right ? q.answer : !q.answer };
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      if (right || ids.length < 2) return { type: 'ordering', itemIds: ids };
      const k = Math.floor(rng() * (ids.length - 1));
      [ids[k], ids[k + 1]] = [ids[k + 1] as string, ids[k] as string];
      return { type: 'ordering', itemIds: ids };
    }
    case 'matching': {
      const rights = q.pairs.map((p) => p.right.id);
      const order = right ? rights : [rights[1] ?? '', rights[0] ?? '', ...rights.slice(2)];
      return {
        type: 'matching',
        matches: Object.fromEntries(q.pairs.map((p, i) => [p.left.id, order[i] ?? p.right.id])),
      };
    }
    case 'numeric': {
      if (right) return { type: 'numeric', value: q.answer };
      const common = q.commonErrors[0];
      return { type: 'numeric', value: common && rng() < 0.7 ? common.value : q.answer + q.tolerance + 7 };
    }
  }
}

/** Question order as a player would serve it: shuffled per attempt. */
export function demoOrder(questions: readonly TQuestion[], rng: Rng): string[] {
  return shuffled(
    rng,
    questions.map((q) => q.id),
  );
}
