import { describe, expect, it } from 'vitest';
import { allEqual, mean, pearsonCorrelation, shareOf } from '@/lib/analytics/statistics';

describe('mean and shareOf', () => {
  it('averages and guards the empty case', () => {
    expect(mean([1, 0, 0.5])).toBe(0.5);
    expect(mean([])).toBeNull();
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBe(0);
  });

  it('compares for exact equality', () => {
    expect(allEqual([0.1, 0.1])).toBe(true);
    expect(allEqual([0.1, 0.1 + 1e-15])).toBe(false);
    expect(allEqual([])).toBe(true);
  });
});

describe('pearsonCorrelation', () => {
  it('matches a hand computation', () => {
    // x = [1,2,3], y = [1,3,2]: x̄ = 2, ȳ = 2; dx = [-1,0,1], dy = [-1,1,0]
    // Σdxdy = 1, Σdx² = 2, Σdy² = 2 → r = 1 / √4 = 0.5
    expect(pearsonCorrelation([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 12);
  });

  it('is ±1 on perfectly linear data', () => {
    expect(pearsonCorrelation([0, 1, 2], [10, 12, 14])).toBeCloseTo(1, 12);
    expect(pearsonCorrelation([0, 1, 2], [4, 2, 0])).toBeCloseTo(-1, 12);
  });

  it('is null when undefined: n < 2 or a constant variable', () => {
    expect(pearsonCorrelation([1], [2])).toBeNull();
    expect(pearsonCorrelation([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearsonCorrelation([1, 2, 3], [0.3, 0.3, 0.3])).toBeNull();
  });

  it('rejects unpaired input', () => {
    expect(() => pearsonCorrelation([1, 2], [1])).toThrow(RangeError);
  });
});
