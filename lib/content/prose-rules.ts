/**
 * Small, deliberately simple measures of prose used by the teaching rules. They are heuristics for
 * authors, so they err towards accepting ordinary English (abbreviations such as "U.S." do not end a
 * sentence unless a capital letter follows).
 */

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*%?/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Sentence ends: terminal punctuation, optional closing quote or bracket, then a capital or the end. */
const SENTENCE_END = /[.!?]["'”’)]*(?=\s+["“'‘(]?[\p{Lu}\p{N}]|\s*$)/gu;

export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  const ends = trimmed.match(SENTENCE_END)?.length ?? 0;
  // Text without final punctuation is still one sentence.
  return /[.!?]["'”’)]*$/u.test(trimmed) ? ends : ends + 1;
}
