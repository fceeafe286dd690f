// Deterministic randomness: a seeded generator for building the fleet and stateless hashes for
// time series, so any sample is a pure function of (seed, time) and never touches Math.random.

/** Mixes two 32-bit integers into one well-scrambled 32-bit integer (murmur3 finaliser). */
export function mix32(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform number in [0, 1) determined by a seed and an integer index. */
export function hashUnit(seed: number, index: number): number {
  // Split the index so values beyond 2^32 (e.g. epoch milliseconds) still hash distinctly.
  const high = Math.floor(index / 4294967296);
  return mix32(mix32(seed, index >>> 0), high) / 4294967296;
}

/** Stable 32-bit seed for a string such as an entity id (FNV-1a). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Sequential seeded generator (mulberry32) for building entities in a fixed order. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an element with a generator; the list must not be empty. */
export function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}
