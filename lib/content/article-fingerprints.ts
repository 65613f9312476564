import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { COPY_WINDOW, fingerprintText } from './text-fingerprint';

/**
 * The no-copy rule must recognise the source article's wording without the repository holding that
 * wording, so only one-way digests of its 8-word windows are kept, as data beside the article's
 * source record: `content/sources/article.fingerprints.json`. `npm run content:fingerprints --
 * <article.txt>` regenerates the file from the article (which is not committed).
 */
export const ARTICLE_FINGERPRINTS_FILE = path.join('sources', 'article.fingerprints.json');

const ZFingerprints = z.strictObject({
  source: z.literal('article'),
  window: z.literal(COPY_WINDOW),
  digests: z.array(z.string().regex(/^[0-9a-f]{16}$/)).min(1),
});
type TFingerprints = z.infer<typeof ZFingerprints>;

/** The digests of an article's text, de-duplicated and sorted, as the data file stores them. */
export function articleFingerprints(articleText: string): TFingerprints {
  return {
    source: 'article',
    window: COPY_WINDOW,
    digests: [...new Set(fingerprintText(articleText))].sort(),
  };
}

export function writeArticleFingerprints(fingerprints: TFingerprints, contentDir = 'content'): string {
  const file = path.join(contentDir, ARTICLE_FINGERPRINTS_FILE);
  writeFileSync(file, `${JSON.stringify(fingerprints, null, 2)}\n`);
  return file;
}

const cache = new Map<string, ReadonlySet<string>>();

/** The stored digests; read once per content folder. */
export function readArticleDigests(contentDir = 'content'): ReadonlySet<string> {
  const file = path.resolve(contentDir, ARTICLE_FINGERPRINTS_FILE);
  let digests = cache.get(file);
  if (!digests) {
    digests = new Set(ZFingerprints.parse(JSON.parse(readFileSync(file, 'utf8'))).digests);
    cache.set(file, digests);
  }
  return digests;
}
