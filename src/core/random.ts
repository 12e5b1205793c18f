/** A small seeded generator (mulberry32) for check inputs: the same seed gives the same inputs everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed of its own for `label` (an exercise id) within a run's `seed`: the label's FNV-1a hash mixed
 * with the seed (murmur3's finalizer), so exercises draw different streams and a seed repeats a run.
 */
export function deriveSeed(label: string, seed: number): number {
  let hash = 0x811c9dc5;
  for (const char of label) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193);
  let mixed = (hash ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}
