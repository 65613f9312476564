import { describe, expect, it } from 'vitest';
import { weightedScore } from '@/lib/mastery/weighted-score';

// Answers are listed newest first; weights 1, 0.8, 0.64, 0.512, 0.4096, …
describe('weightedScore', () => {
  it('is 0 with no answers', () => {
    expect(weightedScore([])).toBe(0);
  });

  it('weighs the newest answer most: right then wrong ≠ wrong then right', () => {
    expect(weightedScore([{ score: 1 }, { score: 0 }])).toBeCloseTo(1 / 1.8, 12); // 0.5556
    expect(weightedScore([{ score: 0 }, { score: 1 }])).toBeCloseTo(0.8 / 1.8, 12); // 0.4444
  });

  it('shows recent improvement: 0,0,0 then 1,1 scores 1.8 / 3.3616, above the plain mean 0.4', () => {
    const answers = [1, 1, 0, 0, 0].map((score) => ({ score }));
    expect(weightedScore(answers)).toBeCloseTo(1.8 / 3.3616, 12); // 0.5355
  });

  it('counts a confident miss 1.5×, pulling the score down harder than an unsure one', () => {
    expect(weightedScore([{ score: 1 }, { score: 0, confidence: 'sure' }])).toBeCloseTo(1 / 2.2, 12); // 0.4545
    expect(weightedScore([{ score: 1 }, { score: 0, confidence: 'not-sure' }])).toBeCloseTo(1 / 1.8, 12);
  });

  it('scales the confidence weight with how wrong a sure answer was (1.25× at half credit)', () => {
    expect(weightedScore([{ score: 0.5, confidence: 'sure' }, { score: 1 }])).toBeCloseTo(1.425 / 2.05, 12);
  });

  it('leaves a sure right answer at its normal weight', () => {
    expect(weightedScore([{ score: 1, confidence: 'sure' }, { score: 0 }])).toBeCloseTo(1 / 1.8, 12);
  });
});
