import type { SurfacingReasons } from './types';

/**
 * A region's surfacing of one article as one read-only map over two disjoint parts: the
 * national services (shared by every mainland region) and the region's own. No copying.
 */
export class CombinedSurfacing implements ReadonlyMap<string, SurfacingReasons> {
  constructor(
    private readonly national: ReadonlyMap<string, SurfacingReasons>,
    private readonly regional: ReadonlyMap<string, SurfacingReasons>,
  ) {}


  get size(): number {
    return this.national.size + this.regional.size;
  }

  get(id: string): SurfacingReasons | undefined {
    return this.regional.get(id) ?? this.national.get(id);
  }

  has(id: string): boolean {
    return this.regional.has(id) || this.national.has(id);
  }

  /** A plain iterator over both parts: a generator here cost the diff loop a third of its time. */
  entries(): MapIterator<[string, SurfacingReasons]> {
    const second = this.regional.entries();
    let current = this.national.entries();
    const iterator = {
      next(): IteratorResult<[string, SurfacingReasons]> {
        const step = current.next();
        if (!step.done || current === second) return step;
        current = second;
        return current.next();
      },
      [Symbol.iterator]() {
        return iterator;
      },
    };
    return iterator as unknown as MapIterator<[string, SurfacingReasons]>;
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<SurfacingReasons> {
    for (const [, reasons] of this.entries()) yield reasons;
  }

  forEach(callback: (value: SurfacingReasons, key: string, map: ReadonlyMap<string, SurfacingReasons>) => void): void {
    for (const [id, reasons] of this.entries()) callback(reasons, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, SurfacingReasons]> {
    return this.entries();
  }
}
