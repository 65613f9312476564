import { describe, expect, it } from 'vitest';
import { levelFor, type TTopicEvidence } from '@/lib/mastery/mastery-rule';

/** Evidence that just meets every mastery requirement. */
const justMastered: TTopicEvidence = {
  weightedScore: 0.9,
  responses: 5,
  distinctQuestions: 3,
  attempts: 2,
  days: 2,
};

describe('levelFor', () => {
  it('is not-started with no responses, whatever else is claimed', () => {
    expect(levelFor({ ...justMastered, responses: 0 })).toBe('not-started');
  });

  it('is mastered exactly at every threshold', () => {
    expect(levelFor(justMastered)).toBe('mastered');
  });

  it.each([
    ['score below 0.9', { weightedScore: 0.8999 }],
    ['only 2 distinct questions', { distinctQuestions: 2 }],
    ['only 4 responses', { responses: 4 }],
    ['one attempt', { attempts: 1 }],
    ['one day', { days: 1 }],
  ])('drops to proficient with %s', (_label, patch) => {
    expect(levelFor({ ...justMastered, ...patch })).toBe('proficient');
  });

  it('is proficient from 0.75 with two distinct questions, familiar with one', () => {
    const e = { weightedScore: 0.75, responses: 2, distinctQuestions: 2, attempts: 1, days: 1 };
    expect(levelFor(e)).toBe('proficient');
    expect(levelFor({ ...e, distinctQuestions: 1 })).toBe('familiar');
    expect(levelFor({ ...e, weightedScore: 0.7499 })).toBe('familiar');
  });

  it('is familiar from 0.5 and attempted below', () => {
    const e = { weightedScore: 0.5, responses: 1, distinctQuestions: 1, attempts: 1, days: 1 };
    expect(levelFor(e)).toBe('familiar');
    expect(levelFor({ ...e, weightedScore: 0.4999 })).toBe('attempted');
    expect(levelFor({ ...e, weightedScore: 0 })).toBe('attempted');
  });
});
