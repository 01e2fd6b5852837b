import { selfAndAncestors } from './code-hierarchy';
import { TermDictionary } from './term-dictionary';
import { criteriaGroups, type ServiceFacts } from './types';

/** A service as held by the index: its facts plus its terms as dictionary ids. */
export interface IndexedService {
  readonly facts: ServiceFacts;
  readonly slot: number;
  /**
   * Per group, by its position in `criteriaGroups`: ids of the service's terms, codes
   * expanded with their ancestors (no repeats). Arrays, not keyed objects: this is the hot path.
   */
  readonly termIds: readonly (readonly number[])[];
  /** Per group position, one entry per own item (same order as the facts): ids of the item and its ancestors. */
  readonly itemIds: readonly (readonly (readonly number[])[])[];
}

/**
 * Inverted index over a catalogue: term id → slots of the published services carrying
 * it (codes also under each ancestor, so a rule code finds its subtree). Unpublished
 * services are held for explanations but never posted.
 */
export class CatalogueIndex {
  readonly dictionary = new TermDictionary();
  private readonly slots: (IndexedService | undefined)[] = [];
  /** Service id per slot, flat, so hot loops need not visit the entry objects. */
  readonly idBySlot: string[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private readonly postings: number[][] = [];
  /**
   * The term ids of every slot, flat: `pool[ranges[slot*8 + 2g] .. ranges[slot*8 + 2g + 1])`
   * are the ids of group g. Candidate checks read only these contiguous numbers, which is
   * what keeps them fast on a large heap. An update appends; the old range becomes garbage.
   */
  pool = new Int32Array(1 << 16);
  private poolLength = 0;
  ranges = new Int32Array(8 * 1024);

  constructor(services: Iterable<ServiceFacts> = []) {
    for (const service of services) this.upsert(service);
  }

  /** Number of slots ever used; slot numbers are below this. */
  get slotCount(): number {
    return this.slots.length;
  }

  get size(): number {
    return this.slotById.size;
  }

  byId(id: string): IndexedService | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }

  bySlot(slot: number): IndexedService | undefined {
    return this.slots[slot];
  }

  *entries(): IterableIterator<IndexedService> {
    for (const entry of this.slots) if (entry) yield entry;
  }

  /** Slots of published services carrying the term with this id (empty when none). */
  posting(termId: number): readonly number[] {
    return this.postings[termId] ?? [];
  }

  /** Adds or replaces a service; returns the replaced entry so callers can invalidate caches. */
  upsert(facts: ServiceFacts): { entry: IndexedService; previous: IndexedService | undefined } {
    const previous = this.detach(facts.id);
    const slot = previous?.slot ?? this.freeSlots.pop() ?? this.slots.length;
    const entry = this.toEntry(facts, slot);
    this.slots[slot] = entry;
    this.idBySlot[slot] = facts.id;
    this.writeRanges(entry);
    this.slotById.set(facts.id, slot);
    if (facts.publishingStatus === 'Published') {
      for (const ids of entry.termIds) for (const id of ids) (this.postings[id] ??= []).push(slot);
    }
    return { entry, previous };
  }

  /** Removes a service by id; returns what was removed. */
  remove(id: string): IndexedService | undefined {
    const entry = this.detach(id);
    if (entry) this.freeSlots.push(entry.slot);
    return entry;
  }

  /** Takes a service out of the slots and postings, leaving its slot for the caller. */
  private detach(id: string): IndexedService | undefined {
    const slot = this.slotById.get(id);
    if (slot === undefined) return undefined;
    const entry = this.slots[slot];
    this.slots[slot] = undefined;
    this.slotById.delete(id);
    if (entry && entry.facts.publishingStatus === 'Published') {
      for (const ids of entry.termIds) {
        for (const termId of ids) {
          const list = this.postings[termId];
          const at = list?.indexOf(slot) ?? -1;
          if (list && at >= 0) list.splice(at, 1);
        }
      }
    }
    return entry;
  }

  private writeRanges(entry: IndexedService): void {
    const needed = this.poolLength + entry.termIds.reduce((n, ids) => n + ids.length, 0);
    if (needed > this.pool.length) this.pool = grow(this.pool, needed);
    if ((entry.slot + 1) * 8 > this.ranges.length) this.ranges = grow(this.ranges, (entry.slot + 1) * 8);
    entry.termIds.forEach((ids, g) => {
      this.ranges[entry.slot * 8 + g * 2] = this.poolLength;
      for (const id of ids) this.pool[this.poolLength++] = id;
      this.ranges[entry.slot * 8 + g * 2 + 1] = this.poolLength;
    });
  }

  private toEntry(facts: ServiceFacts, slot: number): IndexedService {
    const termIds: number[][] = [];
    const itemIds: number[][][] = [];
    for (const group of criteriaGroups) {
      const items: number[][] = [];
      const all: number[] = [];
      for (const item of facts[group]) {
        const chain = group === 'keywords' ? [item] : selfAndAncestors(item);
        const ids = chain.map((term) => this.dictionary.intern(group, term));
        items.push(ids);
        for (const id of ids) if (!all.includes(id)) all.push(id);
      }
      itemIds.push(items);
      termIds.push(all);
    }
    return { facts, slot, termIds, itemIds };
  }
}

function grow(array: Int32Array<ArrayBuffer>, atLeast: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(atLeast, array.length * 2));
  grown.set(array);
  return grown;
}
