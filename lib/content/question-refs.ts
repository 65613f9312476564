import type { TQuestion } from './question-schema';

/** Misconception tags a question carries on its distractors (wrong options, values, orders or pairs). */
export function misconceptionIdsOf(q: TQuestion): string[] {
  switch (q.type) {
    case 'single':
    case 'multi':
      return q.options.flatMap((o) => (!o.correct && o.misconception ? [o.misconception] : []));
    case 'true-false':
    case 'ordering':
      return q.misconception ? [q.misconception] : [];
    case 'matching':
      return q.pairs.flatMap((p) => (p.misconception ? [p.misconception] : []));
    case 'numeric':
      return q.commonErrors.flatMap((e) => (e.misconception ? [e.misconception] : []));
  }
}
