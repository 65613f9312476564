import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  articleFingerprints,
  readArticleDigests,
  writeArticleFingerprints,
} from '@/lib/content/article-fingerprints';
import { findCopiedRuns } from '@/lib/content/no-copy';
import { loadContent } from '@/lib/content/load';
import { validateContent } from '@/lib/content/validate';
import { checkContent } from '@/lib/content/check-content';
import { BRIEFING_PATH, editText, validTree } from './fixture-tree';

/**
 * The article is not in the repository; the project's shared folder holds it beside the clone
 * (ARTICLE_PATH overrides). Without it the match test cannot run, and says so.
 */
const SEEDS = path.resolve(__dirname, '../../../../shared/seeds');
const articlePath =
  process.env.ARTICLE_PATH ??
  (existsSync(SEEDS)
    ? readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(SEEDS, f))[0]
    : undefined);

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('article fingerprints', () => {
  it.skipIf(!articlePath)('match the article they were made from (content:fingerprints is current)', () => {
    const fromArticle = articleFingerprints(readFileSync(articlePath!, 'utf8'));
    expect([...readArticleDigests()].sort()).toEqual(fromArticle.digests);
  });

  it('round-trip through the data file the script writes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fingerprints-'));
    temp.push(dir);
    mkdirSync(path.join(dir, 'sources'));
    const text = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa. Lambda mu.';
    writeArticleFingerprints(articleFingerprints(text), dir);
    const digests = readArticleDigests(dir);
    expect(digests.size).toBe(5); // 12 words → 5 windows of 8
    expect(findCopiedRuns('Intro: alpha BETA gamma delta epsilon zeta eta theta!', digests)).toHaveLength(1);
  });
});

describe('editorial checks run in content:check, not at start-up', () => {
  const copied = 'The alliance remains in close communication with Ukraine and other allies.';
  const tree = editText(validTree(), BRIEFING_PATH, (text) => `${text}\n${copied} [@article#p4]\n`);

  it('the loader’s validation does not scan for copied text', () => {
    expect(validateContent(tree).problems).toEqual([]);
  });

  it('content:check does', () => {
    expect(checkContent(tree).problems.map((p) => p.message)).toEqual([
      expect.stringContaining('copies 8 or more consecutive words of the source article'),
    ]);
  });

  it('the shipped content loads without reading the fingerprints', () => {
    expect(loadContent('content').modules.length).toBeGreaterThan(0);
  });
});
