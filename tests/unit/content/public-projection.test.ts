import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { toPublicModule } from '@/lib/content/public-module';
import { toPublicQuestion } from '@/lib/content/public-question';
import { ZQuestion, type TQuestion } from '@/lib/content/question-schema';

const FORBIDDEN_KEYS = [
  'correct',
  'explanation',
  'feedback',
  'answer',
  'misconception',
  'tolerance',
  'commonErrors',
];

/** Every key at any depth, so a nested leak (say, inside an option) is caught too. */
function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => [key, ...allKeys(child)]);
  return [];
}

const content = loadContent('content');
const questions = content.modules.flatMap((m) => m.questions);

describe('toPublicQuestion over every real question', () => {
  it.each(questions.map((q) => [q.id, q] as const))('%s shows no answer key', (_id, q) => {
    const shown = toPublicQuestion(q);
    const keys = allKeys(shown);
    for (const forbidden of FORBIDDEN_KEYS) expect(keys).not.toContain(forbidden);
    expect(keys.some((k) => /misconception|wrongFeedback|sources/i.test(k))).toBe(false);
    expect(shown).toMatchObject({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      topic: q.topic,
      difficulty: q.difficulty,
    });
    assertPresentation(q, shown);
  });
});

function assertPresentation(q: TQuestion, shown: ReturnType<typeof toPublicQuestion>): void {
  if (q.type === 'ordering' && shown.type === 'ordering') {
    expect(shown.items.map((i) => i.id)).not.toEqual(q.items.map((i) => i.id));
    expect(shown.items.map((i) => i.id).sort()).toEqual(q.items.map((i) => i.id).sort());
  }
  if (q.type === 'matching' && shown.type === 'matching') {
    expect(shown.lefts.map((l) => l.id)).toEqual(q.pairs.map((p) => p.left.id));
    expect(shown.rights.map((r) => r.id)).not.toEqual(q.pairs.map((p) => p.right.id));
  }
  if ((q.type === 'single' || q.type === 'multi') && (shown.type === 'single' || shown.type === 'multi'))
    expect(shown.options.map((o) => Object.keys(o).sort())).toEqual(q.options.map(() => ['id', 'text']));
  if (q.type === 'numeric' && shown.type === 'numeric') expect(shown.unit).toBe(q.unit);
  if (q.type === 'true-false')
    expect(Object.keys(shown).sort()).toEqual(['difficulty', 'id', 'prompt', 'terms', 'topic', 'type']);
}

describe('toPublicQuestion', () => {
  it('is stable across calls, so a reload shows the same order', () => {
    for (const q of questions) expect(toPublicQuestion(q)).toEqual(toPublicQuestion(q));
  });

  it('never shows an ordering question in its correct order, whatever its id', () => {
    for (let i = 0; i < 200; i++) {
      const q = ZQuestion.parse({
        id: `ordering-${i}`,
        type: 'ordering',
        prompt: 'Put these three steps in order.',
        explanation: 'The steps follow the order of the treaty procedure.',
        sources: ['north-atlantic-treaty#art10'],
        asOf: '2024-10',
        topic: 'membership-path',
        difficulty: 1,
        claimKind: 'fact',
        skill: 'recall',
        items: [
          { id: 'one', text: 'One' },
          { id: 'two', text: 'Two' },
          { id: 'three', text: 'Three' },
        ],
      });
      const shown = toPublicQuestion(q);
      expect(shown.type === 'ordering' && shown.items.map((x) => x.id)).not.toEqual(['one', 'two', 'three']);
    }
  });
});

describe('toPublicModule', () => {
  it.each(content.modules.map((m) => [m.id, m] as const))(
    '%s resolves every citation and term, without questions',
    (_id, m) => {
      const shown = toPublicModule(m, content);
      expect(allKeys(shown)).not.toContain('questions');
      for (const forbidden of FORBIDDEN_KEYS) expect(allKeys(shown)).not.toContain(forbidden);
      const tokens = shown.briefing.blocks.flatMap((b) => (b.kind === 'list' ? b.items.flat() : b.tokens));
      for (const token of tokens) {
        if (token.kind === 'cite')
          for (const ref of token.refs)
            expect(shown.citations[ref]).toMatchObject({
              sourceTitle: expect.any(String),
              summary: expect.any(String),
              sourceDate: expect.stringMatching(/^\d{4}-\d{2}/),
            });
        if (token.kind === 'term') {
          expect(token.label.length).toBeGreaterThan(0);
          expect(shown.terms[token.termId]?.definition).toEqual(expect.any(String));
        }
      }
      expect(shown.questionCount).toBe(m.questions.length);
    },
  );
});
