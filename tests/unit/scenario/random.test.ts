import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawWeighted, nextRandom, seedToRngState } from '@/lib/scenario/random';

/** The published mulberry32, written as a closure, to check the state-passing version against. */
function referenceMulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('nextRandom', () => {
  it('produces the same sequence as the reference mulberry32', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const reference = referenceMulberry32(seed);
        let state = seedToRngState(seed);
        for (let i = 0; i < 5; i++) {
          const draw = nextRandom(state);
          expect(draw.value).toBe(reference());
          state = draw.rngState;
        }
      }),
    );
  });

  it('returns values in [0, 1) and a uint32 state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (state) => {
        const draw = nextRandom(state);
        expect(draw.value).toBeGreaterThanOrEqual(0);
        expect(draw.value).toBeLessThan(1);
        expect(Number.isInteger(draw.rngState) && draw.rngState >= 0 && draw.rngState <= 0xffffffff).toBe(
          true,
        );
      }),
    );
  });
});

describe('drawWeighted', () => {
  const items: [{ id: string; weight: number }, { id: string; weight: number }] = [
    { id: 'rare', weight: 1 },
    { id: 'common', weight: 3 },
  ];

  it('is deterministic for a given state and advances the state', () => {
    const first = drawWeighted(items, 123);
    expect(drawWeighted(items, 123)).toEqual(first);
    expect(first.rngState).toBe(nextRandom(123).rngState);
  });

  it('picks items in proportion to their weights', () => {
    let state = 9;
    let rare = 0;
    for (let i = 0; i < 8000; i++) {
      const draw = drawWeighted(items, state);
      state = draw.rngState;
      if (draw.item.id === 'rare') rare++;
    }
    // Expected 2000; the band is about six standard deviations wide.
    expect(rare).toBeGreaterThan(1770);
    expect(rare).toBeLessThan(2230);
  });

  it('always returns the only item of a one-item list', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (state) => {
        expect(drawWeighted([{ id: 'only', weight: 5 }], state).item.id).toBe('only');
      }),
    );
  });
});
