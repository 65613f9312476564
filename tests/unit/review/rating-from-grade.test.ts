import { describe, expect, it } from 'vitest';
import { ratingFromGrade } from '@/lib/review/rating-from-grade';

describe('ratingFromGrade', () => {
  it.each([
    [1, 'sure', 'good'],
    [1, null, 'good'],
    [1, undefined, 'good'],
    [1, 'not-sure', 'hard'],
    [0.75, 'sure', 'hard'],
    [0.5, 'not-sure', 'hard'],
    [0.49, 'sure', 'again'],
    [0, 'sure', 'again'],
    [0, 'not-sure', 'again'],
    [0, null, 'again'],
    [Number.NaN, 'sure', 'again'],
  ] as const)('score %d, confidence %s → %s', (score, confidence, rating) => {
    expect(ratingFromGrade(score, confidence)).toBe(rating);
  });
});
