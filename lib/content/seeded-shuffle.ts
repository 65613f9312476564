/**
 * Deterministic shuffling: the same question always shows the same order, so a reload, a second tab
 * or a server-rendered page and its hydration agree, and no per-user state is needed.
 */

/** FNV-1a: a small, well-spread 32-bit hash of the seed string. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny deterministic generator; quality is ample for shuffling a handful of items. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = generator(hashSeed(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * A seeded shuffle that never returns the original order (for two or more items), so showing the
 * items cannot give away an order the student is meant to work out.
 */
export function seededShuffleAwayFromOriginal<T>(items: readonly T[], seed: string): T[] {
  const shuffled = seededShuffle(items, seed);
  if (items.length < 2 || shuffled.some((item, i) => item !== items[i])) return shuffled;
  // Rotating by one moves every item, so the result differs from the original.
  return [...shuffled.slice(1), shuffled[0] as T];
}
