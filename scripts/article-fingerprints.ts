/**
 * `npm run content:fingerprints -- <article.txt> [<content dir>]`: regenerates the no-copy digests
 * (content/sources/article.fingerprints.json) from the source article. The article itself is not
 * committed — only one-way digests of its 8-word windows — so pass the path of your copy.
 */
import { readFileSync } from 'node:fs';
import { articleFingerprints, writeArticleFingerprints } from '@/lib/content/article-fingerprints';

const [articlePath, contentDir = 'content'] = process.argv.slice(2);
if (!articlePath) {
  console.error('usage: npm run content:fingerprints -- <path to the article text> [<content dir>]');
  process.exit(2);
}
const fingerprints = articleFingerprints(readFileSync(articlePath, 'utf8'));
const file = writeArticleFingerprints(fingerprints, contentDir);
console.log(`${file}: ${fingerprints.digests.length} digests of ${fingerprints.window}-word windows`);
