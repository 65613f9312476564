import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getModule, getQuestion, loadContent } from '@/lib/content/load';
import { ContentError } from '@/lib/content/problems';
import { VALID_FIXTURE_DIR } from './fixture-tree';

const copies: string[] = [];

/** A writable copy of the valid fixture, so a test can edit files on disk. */
function fixtureCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'open-door-content-'));
  cpSync(VALID_FIXTURE_DIR, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadContent', () => {
  it('returns typed content with modules in order, briefing tokens and a version hash', () => {
    const content = loadContent(VALID_FIXTURE_DIR);
    expect(content.topics.map((t) => t.id)).toEqual(['membership-path', 'article-5-borders']);
    expect(Object.keys(content.glossary).sort()).toEqual(['article-5', 'consensus']);
    const [sample] = content.modules;
    expect(sample?.id).toBe('sample');
    expect(sample?.version).toMatch(/^[0-9a-f]{12}$/);
    expect(sample?.questions).toHaveLength(12);
    expect(sample?.briefing.blocks[0]).toMatchObject({ kind: 'heading', level: 2 });
    expect(sample?.briefing.wordCount).toBeGreaterThanOrEqual(300);
  });

  it('caches: a second call returns the same object', () => {
    expect(loadContent(VALID_FIXTURE_DIR)).toBe(loadContent(VALID_FIXTURE_DIR));
  });

  it('looks up modules and questions, with the version an attempt should record', () => {
    const found = getQuestion('fx-q04', VALID_FIXTURE_DIR);
    expect(found?.question.type).toBe('ordering');
    expect(found?.moduleId).toBe('sample');
    expect(found?.moduleVersion).toBe(getModule('sample', VALID_FIXTURE_DIR)?.version);
    expect(getQuestion('no-such-question', VALID_FIXTURE_DIR)).toBeUndefined();
    expect(getModule('no-such-module', VALID_FIXTURE_DIR)).toBeUndefined();
  });

  it('gives a module a new version when one of its files changes, and reloads it outside production', () => {
    const dir = fixtureCopy();
    const before = loadContent(dir).modules[0]?.version;
    const quiz = path.join(dir, 'modules/sample/quiz.yaml');
    writeFileSync(quiz, readFileSync(quiz, 'utf8').replace('Count again.', 'Count the years again.'));
    const after = loadContent(dir).modules[0]?.version;
    expect(after).toMatch(/^[0-9a-f]{12}$/);
    expect(after).not.toBe(before);
  });

  it('throws a ContentError naming the file and item of every problem', () => {
    const dir = fixtureCopy();
    const glossaryFile = path.join(dir, 'glossary/consensus.yaml');
    writeFileSync(
      glossaryFile,
      readFileSync(glossaryFile, 'utf8').replace('north-atlantic-treaty#art10', 'article#p9'),
    );
    const error = (() => {
      try {
        loadContent(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    const relative = path.relative(process.cwd(), glossaryFile).split(path.sep).join('/');
    expect((error as ContentError).message).toContain(
      `${relative}: consensus: source "article" has no locator "p9" (cited as "article#p9")`,
    );
    expect((error as ContentError).problems).toHaveLength(1);
  });
});
