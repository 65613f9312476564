import type { TQuestion } from './question-schema';

/**
 * Measures of how gameable the question bank is: cues a test-wise student can use without knowing
 * the subject. Pure functions shared by `content:check` (which enforces limits) and `content:stats`
 * (which reports the figures).
 */

/** Words that make a statement sound extreme; if they appear only in false statements they give the answer away. */
export const CUE_WORDS = [
  'always',
  'never',
  'automatically',
  'only',
  'anywhere',
  'every',
  'all',
  'none',
  'must',
  'immediately',
  'guaranteed',
  'entirely',
] as const;

/** A single-choice question whose keyed option is strictly longer than every other option. */
export function keyIsLongest(q: Extract<TQuestion, { type: 'single' }>): boolean {
  const key = q.options.find((o) => o.correct);
  if (!key) return false;
  const length = key.text.trim().length;
  return q.options.every((o) => o === key || o.text.trim().length < length);
}

export type TShare = { count: number; of: number; share: number };

function share(count: number, of: number): TShare {
  return { count, of, share: of === 0 ? 0 : count / of };
}

/** Share of single-choice questions whose keyed option is the strictly longest one. */
export function longestKeyShare(questions: readonly TQuestion[]): TShare {
  const singles = questions.filter((q) => q.type === 'single');
  return share(singles.filter(keyIsLongest).length, singles.length);
}

/** Share of true/false statements keyed true. */
export function trueShare(questions: readonly TQuestion[]): TShare {
  const statements = questions.filter((q) => q.type === 'true-false');
  return share(statements.filter((q) => q.answer).length, statements.length);
}

function containsWord(text: string, word: string): boolean {
  return new RegExp(`\\b${word}\\b`, 'i').test(text);
}

export type TCueWordUse = { word: string; inTrue: string[]; inFalse: string[] };

/** For each cue word, which true and which false statements use it. */
export function cueWordUse(questions: readonly TQuestion[]): TCueWordUse[] {
  const statements = questions.filter((q) => q.type === 'true-false');
  return CUE_WORDS.map((word) => {
    const using = statements.filter((q) => containsWord(q.prompt, word));
    return {
      word,
      inTrue: using.filter((q) => q.answer).map((q) => q.id),
      inFalse: using.filter((q) => !q.answer).map((q) => q.id),
    };
  });
}

/** Cue words that appear in at least one false statement and in no true one. */
export function oneSidedCueWords(questions: readonly TQuestion[]): TCueWordUse[] {
  return cueWordUse(questions).filter((u) => u.inFalse.length > 0 && u.inTrue.length === 0);
}
