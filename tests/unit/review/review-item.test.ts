import { describe, expect, it } from 'vitest';
import { ZReviewItem } from '@/lib/review/review-item';
import { newReviewCard } from '@/lib/review/scheduler';

const card = newReviewCard(new Date('2024-10-01T09:00:00Z'));

describe('ZReviewItem', () => {
  it('accepts a question or a term with its stored card', () => {
    expect(ZReviewItem.parse({ kind: 'question', refId: 'membership-timeline', card })).toEqual({
      kind: 'question',
      refId: 'membership-timeline',
      card,
    });
    expect(ZReviewItem.safeParse({ kind: 'term', refId: 'article-5', card }).success).toBe(true);
  });

  it.each([
    ['another kind', { kind: 'scenario', refId: 'x', card }],
    ['an empty ref', { kind: 'term', refId: '', card }],
    ['a card with a broken date', { kind: 'term', refId: 'x', card: { ...card, due: 'soon' } }],
  ])('rejects %s', (_label, item) => {
    expect(ZReviewItem.safeParse(item).success).toBe(false);
  });
});
