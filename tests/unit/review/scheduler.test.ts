import { describe, expect, it } from 'vitest';
import { newReviewCard, scheduleReview } from '@/lib/review/scheduler';
import { ZStoredCard, type TStoredCard } from '@/lib/review/stored-card';

const now = new Date('2024-10-01T09:00:00Z');

/** A card that has graduated to the Review state (new → good → good at its due time). */
function reviewStateCard(): TStoredCard {
  const learning = scheduleReview(newReviewCard(now), 'good', now);
  return scheduleReview(learning, 'good', new Date(learning.due));
}

describe('newReviewCard', () => {
  it('is a never-reviewed card, due at once, as plain JSON', () => {
    expect(newReviewCard(now)).toEqual({
      due: '2024-10-01T09:00:00.000Z',
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: 'New',
      last_review: null,
    });
  });
});

describe('scheduleReview', () => {
  it('a new card rated good comes back after the 10-minute learning step', () => {
    expect(scheduleReview(newReviewCard(now), 'good', now)).toEqual({
      due: '2024-10-01T09:10:00.000Z',
      stability: 2.3065,
      difficulty: 2.11810397,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 1,
      reps: 1,
      lapses: 0,
      state: 'Learning',
      last_review: '2024-10-01T09:00:00.000Z',
    });
  });

  it('on a new card, again < hard < good < easy in time until due', () => {
    const due = (rating: 'again' | 'hard' | 'good' | 'easy') =>
      scheduleReview(newReviewCard(now), rating, now).due;
    expect(due('again')).toBe('2024-10-01T09:01:00.000Z');
    expect(due('hard')).toBe('2024-10-01T09:06:00.000Z');
    expect(due('good')).toBe('2024-10-01T09:10:00.000Z');
    expect(due('easy')).toBe('2024-10-09T09:00:00.000Z');
  });

  it('on a card in review, again relearns in 10 minutes and counts a lapse; good waits 11 days', () => {
    const card = reviewStateCard();
    expect(card).toMatchObject({ state: 'Review', due: '2024-10-03T09:10:00.000Z', reps: 2 });
    const at = new Date(card.due);
    expect(scheduleReview(card, 'again', at)).toMatchObject({
      state: 'Relearning',
      due: '2024-10-03T09:20:00.000Z',
      lapses: 1,
    });
    expect(scheduleReview(card, 'good', at)).toMatchObject({
      state: 'Review',
      due: '2024-10-14T09:10:00.000Z',
      scheduled_days: 11,
      lapses: 0,
    });
  });

  it('caps intervals near a school year, where the library default would allow a century', () => {
    let card = newReviewCard(now);
    for (let i = 0; i < 15; i++)
      card = scheduleReview(card, 'easy', card.state === 'New' ? now : new Date(card.due));
    expect(card.scheduled_days).toBeGreaterThanOrEqual(365);
    expect(card.scheduled_days).toBeLessThanOrEqual(367);
  });

  it('treats a review time just before the last review (clock skew) as the same instant', () => {
    const card = reviewStateCard(); // last review 2024-10-01T09:10Z
    const skewed = scheduleReview(card, 'good', new Date('2024-10-01T09:09:59Z'));
    expect(skewed).toEqual(scheduleReview(card, 'good', new Date('2024-10-01T09:10:00Z')));
    expect(skewed.last_review).toBe('2024-10-01T09:10:00.000Z');
  });

  it('refuses an invalid date instead of storing NaN', () => {
    expect(() => scheduleReview(newReviewCard(now), 'good', new Date('not a date'))).toThrow(RangeError);
    expect(() => newReviewCard(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('stored card JSON', () => {
  it('round-trips through JSON text and schedules exactly as the original', () => {
    const card = reviewStateCard();
    const restored = ZStoredCard.parse(JSON.parse(JSON.stringify(card)));
    expect(restored).toEqual(card);
    const at = new Date('2024-10-05T12:00:00Z');
    expect(scheduleReview(restored, 'hard', at)).toEqual(scheduleReview(card, 'hard', at));
  });
});
