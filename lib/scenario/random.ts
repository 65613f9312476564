/**
 * A small seeded PRNG (mulberry32). The whole generator state is one uint32 that the run state
 * stores, so a run can be persisted as JSON and replayed draw for draw.
 */

export type TRandomDraw = { value: number; rngState: number };

/** Reduces any number to a valid generator state; equal seeds always give equal runs. */
export function seedToRngState(seed: number): number {
  return seed >>> 0;
}

/** Returns a float in [0, 1) and the next generator state. */
export function nextRandom(rngState: number): TRandomDraw {
  const advanced = (rngState + 0x6d2b79f5) >>> 0;
  let t = advanced;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, rngState: advanced };
}

/**
 * Picks one item with probability proportional to its weight. Weights are positive integers (the
 * schema enforces it), so the cumulative scan always lands on an item.
 */
export function drawWeighted<T extends { weight: number }>(
  items: readonly [T, ...T[]],
  rngState: number,
): { item: T; rngState: number } {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  const draw = nextRandom(rngState);
  let target = draw.value * total;
  for (const item of items) {
    if (target < item.weight) return { item, rngState: draw.rngState };
    target -= item.weight;
  }
  // Floating-point rounding can leave target a hair above the last bucket; it belongs there.
  return { item: items[items.length - 1] ?? items[0], rngState: draw.rngState };
}
