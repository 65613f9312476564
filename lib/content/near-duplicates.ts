import type { TQuestion } from './question-schema';

/**
 * Near-duplicate detection across modules. Two questions "test the same point with the same
 * wording" when the content words of their stem plus keyed answer overlap heavily (Jaccard index of
 * the word sets). A deliberate spaced repeat is allowed when either question names the other in
 * `repeats:`, so repetition is a decision an editor made, not an accident.
 */

/** Jaccard similarity at or above which two questions count as the same point, same wording. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

const STOP_WORDS = new Set(
  (
    'a an the of to in on for and or but by with as at from is are was were be been being it its this that ' +
    'these those which what who whom why how when where than then so not no do does did has have had into ' +
    'about after before over under more most less such each one two can could would should will may might ' +
    'their there they them he his she her we our you your i true false statement says said'
  ).split(' '),
);

function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9%\s-]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return new Set(words);
}

/** The text that states a question's point: its stem and what it keys as right. */
export function keyedText(q: TQuestion): string {
  switch (q.type) {
    case 'single':
    case 'multi':
      return [q.prompt, ...q.options.filter((o) => o.correct).map((o) => o.text)].join(' ');
    case 'true-false':
      return q.prompt;
    case 'numeric':
      return `${q.prompt} ${q.answer} ${q.unit}`;
    case 'ordering':
      return [q.prompt, ...q.items.map((i) => i.text)].join(' ');
    case 'matching':
      return [q.prompt, ...q.pairs.flatMap((p) => [p.left.text, p.right.text])].join(' ');
  }
}

export function similarity(a: TQuestion, b: TQuestion): number {
  const x = contentWords(keyedText(a));
  const y = contentWords(keyedText(b));
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

export type TModuleQuestion = { moduleId: string; question: TQuestion & { repeats?: string[] } };

export type TNearDuplicate = { a: string; b: string; similarity: number; linked: boolean };

/** Every cross-module pair at or above the threshold, marked `linked` when a `repeats:` link covers it. */
export function findNearDuplicates(
  items: readonly TModuleQuestion[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): TNearDuplicate[] {
  const found: TNearDuplicate[] = [];
  items.forEach((first, i) => {
    for (const second of items.slice(i + 1)) {
      if (first.moduleId === second.moduleId) continue;
      const score = similarity(first.question, second.question);
      if (score < threshold) continue;
      const linked =
        (first.question.repeats ?? []).includes(second.question.id) ||
        (second.question.repeats ?? []).includes(first.question.id);
      found.push({ a: first.question.id, b: second.question.id, similarity: score, linked });
    }
  });
  return found.sort((p, q) => q.similarity - p.similarity);
}
