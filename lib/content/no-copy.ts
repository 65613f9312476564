import { readArticleDigests } from './article-fingerprints';
import { COPY_WINDOW, normaliseWords, windowDigest } from './text-fingerprint';

export type TCopiedRun = { line: number; excerpt: string };

/**
 * Finds stretches of `text` that repeat COPY_WINDOW or more consecutive words of the source article.
 * Overlapping windows are merged into one run so an author sees each copied passage once.
 */
export function findCopiedRuns(
  text: string,
  digests: ReadonlySet<string> = readArticleDigests(),
): TCopiedRun[] {
  const words = normaliseWords(text);
  const runs: { from: number; to: number }[] = [];
  for (let i = 0; i + COPY_WINDOW <= words.length; i++) {
    const window = words.slice(i, i + COPY_WINDOW).map((w) => w.word);
    if (!digests.has(windowDigest(window))) continue;
    const last = runs.at(-1);
    if (last && i <= last.to) last.to = i + COPY_WINDOW - 1;
    else runs.push({ from: i, to: i + COPY_WINDOW - 1 });
  }
  return runs.map(({ from, to }) => {
    const start = words[from]?.start ?? 0;
    const end = words[to]?.end ?? start;
    return { line: lineAt(text, start), excerpt: shorten(text.slice(start, end).replace(/\s+/g, ' ')) };
  });
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function shorten(excerpt: string): string {
  return excerpt.length <= 80 ? excerpt : `${excerpt.slice(0, 77)}...`;
}
