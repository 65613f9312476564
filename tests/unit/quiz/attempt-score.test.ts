import { describe, expect, it } from 'vitest';
import { scoreAttempt } from '@/lib/quiz/attempt-score';

describe('scoreAttempt', () => {
  it('sums scores, counts unanswered questions towards the maximum, and breaks down by topic', () => {
    expect(
      scoreAttempt([
        { questionId: 'q1', topic: 'article-5', score: 1 },
        { questionId: 'q2', topic: 'unanimity', score: 0.5 },
        { questionId: 'q3', topic: 'article-5', score: 2 / 3 },
        { questionId: 'q4', topic: 'unanimity', score: null },
        { questionId: 'q5', topic: 'article-5', score: 0 },
      ]),
    ).toEqual({
      score: 2.166667,
      max: 5,
      answered: 4,
      percent: 43.3,
      topics: [
        { topic: 'article-5', answered: 3, score: 1.666667, max: 3 },
        { topic: 'unanimity', answered: 1, score: 0.5, max: 2 },
      ],
    });
  });

  it('gives 100 percent only when every point is earned', () => {
    expect(scoreAttempt([{ questionId: 'q1', topic: 't', score: 1 }]).percent).toBe(100);
    const nearly = Array.from({ length: 1000 }, (_, i) => ({
      questionId: `q${i}`,
      topic: 't',
      score: i === 0 ? 0.5 : 1,
    }));
    expect(scoreAttempt(nearly).percent).toBe(99.9);
  });

  it('keeps float noise out of sums and percent (0.1 + 0.2, 0.7 of 1)', () => {
    expect(
      scoreAttempt([
        { questionId: 'a', topic: 't', score: 0.1 },
        { questionId: 'b', topic: 't', score: 0.2 },
      ]).score,
    ).toBe(0.3);
    expect(scoreAttempt([{ questionId: 'a', topic: 't', score: 0.7 }]).percent).toBe(70);
  });

  it('never lets a bad score add credit: NaN counts 0, out-of-range is clamped', () => {
    expect(
      scoreAttempt([
        { questionId: 'a', topic: 't', score: Number.NaN },
        { questionId: 'b', topic: 't', score: 5 },
        { questionId: 'c', topic: 't', score: -1 },
      ]),
    ).toMatchObject({ score: 1, max: 3, answered: 3 });
  });

  it('counts a question listed twice only once, by its first entry', () => {
    expect(
      scoreAttempt([
        { questionId: 'a', topic: 't', score: 0 },
        { questionId: 'a', topic: 't', score: 1 },
      ]),
    ).toMatchObject({ score: 0, max: 1, answered: 1 });
  });

  it('an empty attempt is 0 of 0 at 0 percent', () => {
    expect(scoreAttempt([])).toEqual({ score: 0, max: 0, answered: 0, percent: 0, topics: [] });
  });
});
