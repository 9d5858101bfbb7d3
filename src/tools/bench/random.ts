// Seeded randomness for the synthetic generator: the same seed always draws the same.

/** A small seeded PRNG (mulberry32), so a given N always produces the same content. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export type Random = () => number;

export function pick<T>(rand: Random, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('the synthetic generator drew from an empty pool: the real article has no text to recombine');
  return item;
}
export const between = (rand: Random, low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
export function shuffle<T>(rand: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const [a, b] = [out[i], out[j]];
    if (a !== undefined && b !== undefined) [out[i], out[j]] = [b, a];
  }
  return out;
}
