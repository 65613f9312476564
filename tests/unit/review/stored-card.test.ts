import { createEmptyCard, State, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { fromStoredCard, toStoredCard, ZStoredCard } from '@/lib/review/stored-card';

const card: Card = {
  due: new Date('2024-10-14T09:10:00Z'),
  stability: 10.97104786,
  difficulty: 2.1043314,
  elapsed_days: 2,
  scheduled_days: 11,
  learning_steps: 0,
  reps: 3,
  lapses: 0,
  state: State.Review,
  last_review: new Date('2024-10-03T09:10:00Z'),
};

describe('stored card conversion', () => {
  it('stores dates as ISO strings and the state by name', () => {
    expect(toStoredCard(card)).toEqual({
      due: '2024-10-14T09:10:00.000Z',
      stability: 10.97104786,
      difficulty: 2.1043314,
      elapsed_days: 2,
      scheduled_days: 11,
      learning_steps: 0,
      reps: 3,
      lapses: 0,
      state: 'Review',
      last_review: '2024-10-03T09:10:00.000Z',
    });
  });

  it('restores the ts-fsrs card exactly', () => {
    expect(fromStoredCard(toStoredCard(card))).toEqual(card);
  });

  it('stores a never-reviewed card with last_review null and restores it without one', () => {
    const fresh = createEmptyCard(new Date('2024-10-01T00:00:00Z'));
    const stored = toStoredCard(fresh);
    expect(stored.last_review).toBeNull();
    expect(fromStoredCard(stored).last_review).toBeUndefined();
  });

  it('maps every FSRS state to a name and back', () => {
    for (const state of [State.New, State.Learning, State.Review, State.Relearning]) {
      expect(fromStoredCard(toStoredCard({ ...card, state })).state).toBe(state);
    }
  });
});

describe('ZStoredCard', () => {
  const stored = toStoredCard(card);

  it('accepts a stored card and drops unknown keys', () => {
    expect(ZStoredCard.parse({ ...stored, future_field: 1 })).toEqual(stored);
  });

  it.each([
    ['a state number instead of a name', { state: 2 }],
    ['an unknown state', { state: 'Suspended' }],
    ['a date that is not ISO', { due: 'next Tuesday' }],
    ['negative reps', { reps: -1 }],
    ['fractional lapses', { lapses: 0.5 }],
    ['NaN stability', { stability: Number.NaN }],
  ])('rejects %s', (_label, patch) => {
    expect(ZStoredCard.safeParse({ ...stored, ...patch }).success).toBe(false);
  });
});
