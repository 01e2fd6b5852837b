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

  /** The two parts, for loops that want native Map iteration. */
  get parts(): readonly ReadonlyMap<string, SurfacingReasons>[] {
    return [this.national, this.regional];
  }

  get size(): number {
    return this.national.size + this.regional.size;
  }

  get(id: string): SurfacingReasons | undefined {
    return this.regional.get(id) ?? this.national.get(id);
  }

  has(id: string): boolean {
    return this.regional.has(id) || this.national.has(id);
  }

  *entries(): MapIterator<[string, SurfacingReasons]> {
    yield* this.national.entries();
    yield* this.regional.entries();
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
