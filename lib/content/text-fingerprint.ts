import { createHash } from 'node:crypto';

/**
 * The no-copy rule compares runs of words, not characters, so that case, punctuation, curly quotes,
 * line breaks and YAML folding cannot hide a copied sentence.
 */
export const COPY_WINDOW = 8;

export type TNormalisedWord = { word: string; start: number; end: number };

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Lower-cased words with their character offsets; "Ukraine’s" and "ukraine's" both become "ukraines". */
export function normaliseWords(text: string): TNormalisedWord[] {
  // Replacements keep string length, so offsets still point into the original text.
  const straightened = text.replace(/[‘’ʼ′`´]/g, "'").toLowerCase();
  return [...straightened.matchAll(WORD)].map((m) => ({
    word: m[0].normalize('NFKC').replace(/'/g, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** A short digest of one window of words; storing digests keeps the article's wording out of the repo. */
export function windowDigest(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

/** Digests of every COPY_WINDOW-word window of a text, in order. */
export function fingerprintText(text: string): string[] {
  const words = normaliseWords(text).map((w) => w.word);
  const digests: string[] = [];
  for (let i = 0; i + COPY_WINDOW <= words.length; i++)
    digests.push(windowDigest(words.slice(i, i + COPY_WINDOW)));
  return digests;
}
