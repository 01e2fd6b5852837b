import { availabilityIn, type Availability } from './area-availability';
import type { CatalogueIndex, IndexedService } from './catalogue-index';
import type { CriteriaGroup, Region } from './types';

const unavailable = 0;
const available = 1;

/**
 * The catalogue as seen from one region: which services are available there (the area
 * cache) and, per rule term, the postings narrowed to those services, built on first use.
 */
export class RegionView {
  readonly municipalities: ReadonlySet<string>;
  private availableBySlot: Uint8Array;
  private readonly localPostings = new Map<string, readonly number[]>();

  constructor(
    readonly region: Region,
    private readonly index: CatalogueIndex,
  ) {
    this.municipalities = new Set(region.municipalities);
    this.availableBySlot = new Uint8Array(Math.max(16, index.slotCount));
    for (const entry of index.entries()) this.refreshSlot(entry);
  }

  isAvailable(slot: number): boolean {
    return this.availableBySlot[slot] === available;
  }

  /** Availability with its reason (computed on demand, only for pairs that surface). */
  availability(entry: IndexedService): Availability | null {
    return availabilityIn(entry.facts, this.region, this.municipalities);
  }

  /** Postings of `term` in `group`, limited to services available in this region. */
  posting(group: CriteriaGroup, term: string): readonly number[] {
    const key = group + '\u0000' + term;
    let local = this.localPostings.get(key);
    if (!local) {
      local = this.index.posting(group, term).filter((slot) => this.availableBySlot[slot] === available);
      this.localPostings.set(key, local);
    }
    return local;
  }

  /** Brings the cache up to date after a service was added, changed or removed. */
  serviceChanged(current: IndexedService | undefined, previous: IndexedService | undefined): void {
    for (const entry of [previous, current]) {
      if (!entry) continue;
      for (const [group, terms] of Object.entries(entry.terms) as [CriteriaGroup, readonly string[]][]) {
        for (const term of terms) this.localPostings.delete(group + '\u0000' + term);
      }
    }
    if (previous) this.availableBySlot[previous.slot] = unavailable;
    if (current) this.refreshSlot(current);
  }

  private refreshSlot(entry: IndexedService): void {
    if (entry.slot >= this.availableBySlot.length) {
      const grown = new Uint8Array(Math.max(entry.slot + 1, this.availableBySlot.length * 2));
      grown.set(this.availableBySlot);
      this.availableBySlot = grown;
    }
    const isAvailable =
      entry.facts.publishingStatus === 'Published' && availabilityIn(entry.facts, this.region, this.municipalities) !== null;
    this.availableBySlot[entry.slot] = isAvailable ? available : unavailable;
  }
}
