import { describe, expect, it } from 'vitest';
import { ZQuestion } from '@/lib/content/question-schema';

const base = {
  id: 'q-one',
  prompt: 'Which article of the treaty sets out collective defence?',
  explanation: 'Article 5 is the collective-defence clause of the North Atlantic Treaty.',
  sources: ['north-atlantic-treaty#art5'],
  asOf: '2024-10',
  topic: 'article-5-borders',
  difficulty: 1,
  claimKind: 'fact',
  skill: 'recall',
};

describe('ZQuestion', () => {
  it('accepts a well-formed single-choice question', () => {
    const q = ZQuestion.parse({
      ...base,
      type: 'single',
      options: [
        { id: 'art5', text: 'Article 5', correct: true },
        { id: 'art10', text: 'Article 10', feedback: 'Article 10 covers inviting new members.' },
      ],
    });
    expect(q.type).toBe('single');
  });

  it('rejects a single-choice question with two correct options', () => {
    const r = ZQuestion.safeParse({
      ...base,
      type: 'single',
      options: [
        { id: 'a', text: 'Article 5', correct: true },
        { id: 'b', text: 'Article 10', correct: true },
      ],
    });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('exactly one correct option, found 2');
  });
});
