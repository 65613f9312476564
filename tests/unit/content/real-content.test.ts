import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { QUESTION_TYPES } from '@/lib/content/question-schema';
import { checkContentDir } from '@/lib/content/check-content';

/** The shipped content itself: it must load, and the modules owned here must meet their targets. */
describe('real content', () => {
  it('passes every rule', () => {
    expect(checkContentDir('content').problems.map(formatProblem)).toEqual([]);
  });

  it('loads, with the six fixed topics and modules in order', () => {
    const content = loadContent('content');
    expect(content.topics.map((t) => t.id)).toEqual([
      'membership-path',
      'article-5-borders',
      'escalation-risk',
      'allied-consensus',
      'war-and-leverage',
      'accession-precedents',
    ]);
    const orders = content.modules.map((m) => m.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('cites the article by paragraph p1-p4 and the treaty by article', () => {
    const { sources } = loadContent('content');
    expect(Object.keys(sources.article?.locators ?? {})).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(sources['north-atlantic-treaty']?.locators).toHaveProperty('art5');
    expect(sources['north-atlantic-treaty']?.locators).toHaveProperty('art10');
  });

  for (const slug of ['long-road', 'article-5-borders']) {
    describe(`module ${slug}`, () => {
      const found = loadContent('content').modules.find((m) => m.id === slug);

      it('has at least 14 questions of all six types', () => {
        expect(found?.questions.length).toBeGreaterThanOrEqual(14);
        expect(new Set(found?.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
      });

      it('asks mechanism questions at least 40% of the time', () => {
        const questions = found?.questions ?? [];
        const mechanism = questions.filter((q) => q.skill === 'mechanism').length;
        expect(mechanism / questions.length).toBeGreaterThanOrEqual(0.4);
      });

      it('is framed as of October 2024', () => {
        expect(found?.asOf).toBe('2024-10');
        for (const q of found?.questions ?? []) expect(q.asOf).toBe('2024-10');
      });
    });
  }
});
