import { describe, expect, it } from 'vitest';
import { seededShuffle, seededShuffleAwayFromOriginal } from '@/lib/content/seeded-shuffle';

describe('seeded shuffles', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it('are deterministic for a seed and keep every item', () => {
    expect(seededShuffle(items, 'q1')).toEqual(seededShuffle(items, 'q1'));
    expect([...seededShuffle(items, 'q1')].sort()).toEqual(items);
  });

  it('vary with the seed', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => seededShuffle(items, `seed-${i}`).join('')));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('never return the original order when asked to move away from it', () => {
    for (let i = 0; i < 500; i++) {
      const three = ['x', 'y', 'z'];
      expect(seededShuffleAwayFromOriginal(three, `seed-${i}`)).not.toEqual(three);
    }
  });
});
