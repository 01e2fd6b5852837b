import { availabilityIn, type Availability } from './area-availability';
import type { CatalogueIndex, IndexedService } from './catalogue-index';
import type { Region } from './types';

/**
 * Which services a view holds: `national` ones (Nationwide, NationwideExceptAlandIslands)
 * are the same for every mainland region, so one national view serves them all;
 * `regional` ones (LimitedType) are per region.
 */
export type ViewScope = 'national' | 'regional';

/**
 * The catalogue as seen from one region and scope: which services are available there and
 * why (the area cache), and per term the postings narrowed to those services, built on first use.
 */
export class RegionView {
  readonly municipalities: ReadonlySet<string>;
  private availableBySlot: (Availability | null | undefined)[] = [];
  private localPostings: (Int32Array | undefined)[] = [];
  /** Per-slot marks for de-duplicating candidates, one fresh stamp per evaluation. */
  private seen = new Uint32Array(16);
  private stamp = 0;

  constructor(
    readonly region: Region,
    private readonly index: CatalogueIndex,
    readonly scope: ViewScope,
  ) {
    this.municipalities = new Set(region.municipalities);
    for (const entry of index.entries()) this.refreshSlot(entry);
  }

  /** Availability with its reason, for a published service (null when not available). */
  availability(slot: number): Availability | null {
    return this.availableBySlot[slot] ?? null;
  }

  /** Postings of a term, limited to services available in this region. */
  posting(termId: number): Int32Array {
    let local = this.localPostings[termId];
    if (!local) {
      local = Int32Array.from(this.index.posting(termId).filter((slot) => this.availableBySlot[slot] != null));
      this.localPostings[termId] = local;
    }
    return local;
  }

  /** Starts a new de-duplication round; `markSeen` then answers true once per slot. */
  beginRound(): void {
    if (this.seen.length < this.index.slotCount) this.seen = new Uint32Array(this.index.slotCount * 2);
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }

  markSeen(slot: number): boolean {
    if (this.seen[slot] === this.stamp) return false;
    this.seen[slot] = this.stamp;
    return true;
  }

  /** Brings the cache up to date after a service was added, changed or removed. */
  serviceChanged(current: IndexedService | undefined, previous: IndexedService | undefined): void {
    for (const entry of [previous, current]) {
      if (!entry) continue;
      for (const ids of entry.termIds) for (const termId of ids) this.localPostings[termId] = undefined;
    }
    if (previous) this.availableBySlot[previous.slot] = null;
    if (current) this.refreshSlot(current);
  }

  private refreshSlot(entry: IndexedService): void {
    const availability = entry.facts.publishingStatus === 'Published' ? availabilityIn(entry.facts, this.region, this.municipalities) : null;
    this.availableBySlot[entry.slot] = availability?.kind === this.scope ? availability : null;
  }
}
