/**
 * Deterministic randomness for the demo data. Math.random would make every run
 * different; the demo must be byte-identical for the same seed so that screenshots,
 * tests and bug reports can point at the same services.
 */

/** mulberry32: a tiny 32-bit PRNG, good enough for picking demo values. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded random source with the few helpers the generator needs. */
export class SeededRandom {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One element; the list must not be empty. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('demo data: pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** Up to `count` distinct elements, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  /** An ISO date-time (UTC, milliseconds) between two dates. */
  dateBetween(fromIso: string, toIso: string): string {
    const from = Date.parse(fromIso);
    const to = Date.parse(toIso);
    // Whole seconds keep the values looking like PTV's, which rarely carry odd milliseconds.
    const ms = Math.floor((from + this.next() * (to - from)) / 1000) * 1000;
    return new Date(ms).toISOString();
  }
}

/**
 * A lowercase guid derived only from `key`, shaped like a v4 uuid: two FNV-1a hashes
 * (different offsets, so 64 bits in all) seed mulberry32 for each half.
 * Ids do not depend on the seed, so two demo snapshots made with different seeds describe
 * the same services and can be diffed against each other.
 */
export function stableGuid(key: string): string {
  const half = (offset: number): string => {
    let hash = offset;
    for (let i = 0; i < key.length; i += 1) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    const next = mulberry32(hash);
    return [next(), next()].map((x) => Math.floor(x * 4294967296).toString(16).padStart(8, '0')).join('');
  };
  const hex = half(0x811c9dc5) + half(0x050c5d1f);
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * An independent random stream for one stage of generation ("catalogue", "decisions").
 * Separate streams keep a change in one stage from reshuffling every later one.
 */
export function forkRandom(seed: number, stage: string): SeededRandom {
  const hex = stableGuid(`${seed}:${stage}`).replace(/-/g, '').slice(0, 8);
  return new SeededRandom(parseInt(hex, 16));
}
