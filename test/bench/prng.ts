/**
 * Deterministic randomness for the benchmark data set: mulberry32 plus the few
 * sampling helpers the generators need. Same seed → same data, on every machine.
 */

export type Random = () => number;

/** mulberry32: a tiny 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max] inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** True with probability `p`. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}

export function pickOne<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pickOne: empty list');
  return items[Math.floor(random() * items.length)] as T;
}

/** Up to `count` distinct items drawn by `draw` (gives up after a few repeats). */
export function distinct<T>(count: number, draw: () => T): T[] {
  const out = new Set<T>();
  for (let tries = 0; out.size < count && tries < count * 8; tries += 1) out.add(draw());
  return [...out];
}

/** Samples indexes 0…n-1 with the given weights (cumulative table + binary search). */
export class WeightedSampler<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) throw new Error('WeightedSampler: items and weights differ');
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  sample(random: Random): T {
    const target = random() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

/** Zipf–Mandelbrot weights 1 / (rank + offset)^s for ranks 1…n. */
export function zipfWeights(n: number, s = 1, offset = 4): number[] {
  return Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1 + offset, s));
}

/** A lowercase v4-style guid from the generator. */
export function guid(random: Random): string {
  const hex = (digits: number): string => {
    let out = '';
    for (let i = 0; i < digits; i += 1) out += Math.floor(random() * 16).toString(16);
    return out;
  };
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

/** A stable guid for item `index` of a seeded family, without generating the others. */
export function indexedGuid(seed: number, index: number): string {
  return guid(mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0));
}
