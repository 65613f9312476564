import { describe, expect, it } from 'vitest';
import { newReviewCard, scheduleReview } from '@/lib/review/scheduler';
import {
  capNewItems,
  firstReviewFor,
  introducedInLastDay,
  isNewCard,
  NEW_REVIEW_ITEMS_PER_DAY,
} from '@/lib/review/daily-cap';

const now = new Date('2026-11-30T12:00:00Z');
const newCard = JSON.stringify(newReviewCard(now));
const reviewedCard = (at: Date) =>
  JSON.stringify({ ...scheduleReview(newReviewCard(at), 'again', at), first_review: at.toISOString() });
const items = (n: number, card: string) => Array.from({ length: n }, (_, i) => ({ id: `i${i}`, card }));

describe('daily cap on new review items', () => {
  it('shows at most the cap of never-reviewed items, and every item already in review', () => {
    const due = [
      ...items(15, newCard),
      ...items(4, reviewedCard(now)).map((x) => ({ ...x, id: `r${x.id}` })),
    ];
    const queue = capNewItems(due, 0);
    expect(queue.filter((q) => isNewCard(q.card))).toHaveLength(NEW_REVIEW_ITEMS_PER_DAY);
    expect(queue.filter((q) => q.id.startsWith('r'))).toHaveLength(4);
  });

  it('items introduced in the last 24 hours use up the allowance', () => {
    expect(capNewItems(items(15, newCard), 7)).toHaveLength(NEW_REVIEW_ITEMS_PER_DAY - 7);
    expect(capNewItems(items(15, newCard), 12)).toHaveLength(0);
  });

  it('counts first reviews in the last 24 hours only', () => {
    const recent = reviewedCard(new Date(now.getTime() - 3_600_000));
    const old = reviewedCard(new Date(now.getTime() - 25 * 3_600_000));
    expect(introducedInLastDay([recent, recent, old, newCard, 'not json'], now)).toBe(2);
  });

  it('the first review is stamped once and then kept', () => {
    expect(firstReviewFor(newCard, now)).toBe(now.toISOString());
    const later = new Date(now.getTime() + 60_000);
    expect(firstReviewFor(reviewedCard(now), later)).toBe(now.toISOString());
  });
});
