import { describe, expect, it } from 'vitest';
import type { TMasteryLevel } from '@/lib/mastery/mastery-rule';
import { nextStepFor } from '@/lib/mastery/next-step';
import type { TTopicMastery } from '@/lib/mastery/topic-mastery';

const topic = (name: string, level: TMasteryLevel, weightedScore: number): TTopicMastery => ({
  topic: name,
  level,
  weightedScore,
  responses: level === 'not-started' ? 0 : 3,
  distinctQuestions: level === 'not-started' ? 0 : 3,
  attempts: 1,
  days: 1,
});

describe('nextStepFor', () => {
  it('picks the lowest level first: an unstarted topic means reading its briefing', () => {
    expect(
      nextStepFor([
        topic('article-5', 'familiar', 0.6),
        topic('unanimity', 'not-started', 0),
        topic('escalation', 'attempted', 0.2),
      ]),
    ).toEqual({ topic: 'unanimity', action: 'read-briefing' });
  });

  it('mostly wrong (attempted) also means reading the briefing again', () => {
    expect(
      nextStepFor([topic('article-5', 'proficient', 0.8), topic('escalation', 'attempted', 0.3)]),
    ).toEqual({
      topic: 'escalation',
      action: 'read-briefing',
    });
  });

  it('breaks a level tie by the lower weighted score', () => {
    expect(nextStepFor([topic('article-5', 'familiar', 0.7), topic('unanimity', 'familiar', 0.55)])).toEqual({
      topic: 'unanimity',
      action: 'take-quiz',
    });
  });

  it('breaks a full tie by the given (teaching) order', () => {
    expect(nextStepFor([topic('first', 'not-started', 0), topic('second', 'not-started', 0)])).toEqual({
      topic: 'first',
      action: 'read-briefing',
    });
  });

  it('suggests spaced review for a proficient topic, skipping mastered ones', () => {
    expect(nextStepFor([topic('article-5', 'mastered', 1), topic('unanimity', 'proficient', 0.95)])).toEqual({
      topic: 'unanimity',
      action: 'review',
    });
  });

  it('has nothing to suggest when everything is mastered, or nothing is known', () => {
    expect(nextStepFor([topic('article-5', 'mastered', 1), topic('unanimity', 'mastered', 0.92)])).toBeNull();
    expect(nextStepFor([])).toBeNull();
  });
});
