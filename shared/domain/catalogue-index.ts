import { selfAndAncestors } from './code-hierarchy';
import { TermDictionary } from './term-dictionary';
import { criteriaGroups, type CriteriaGroup, type ServiceFacts } from './types';

/** A service as held by the index: its facts plus its terms as dictionary ids. */
export interface IndexedService {
  readonly facts: ServiceFacts;
  readonly slot: number;
  /** Per group: ids of the service's terms, codes expanded with their ancestors (no repeats). */
  readonly termIds: Readonly<Record<CriteriaGroup, Int32Array>>;
  /** Per group, one entry per own item (same order as the facts): ids of the item and its ancestors. */
  readonly itemIds: Readonly<Record<CriteriaGroup, readonly Int32Array[]>>;
}

/**
 * Inverted index over a catalogue: term id → slots of the published services carrying
 * it (codes also under each ancestor, so a rule code finds its subtree). Unpublished
 * services are held for explanations but never posted.
 */
export class CatalogueIndex {
  readonly dictionary = new TermDictionary();
  private readonly slots: (IndexedService | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private readonly postings: number[][] = [];

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
    this.slotById.set(facts.id, slot);
    if (facts.publishingStatus === 'Published') {
      for (const group of criteriaGroups) for (const id of entry.termIds[group]) (this.postings[id] ??= []).push(slot);
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
      for (const group of criteriaGroups) {
        for (const termId of entry.termIds[group]) {
          const list = this.postings[termId];
          const at = list?.indexOf(slot) ?? -1;
          if (list && at >= 0) list.splice(at, 1);
        }
      }
    }
    return entry;
  }

  private toEntry(facts: ServiceFacts, slot: number): IndexedService {
    const termIds = {} as Record<CriteriaGroup, Int32Array>;
    const itemIds = {} as Record<CriteriaGroup, Int32Array[]>;
    for (const group of criteriaGroups) {
      const items = facts[group].map((item) => {
        const chain = group === 'keywords' ? [item] : selfAndAncestors(item);
        return Int32Array.from(chain, (term) => this.dictionary.intern(group, term));
      });
      itemIds[group] = items;
      termIds[group] = Int32Array.from(new Set(items.flatMap((ids) => [...ids])));
    }
    return { facts, slot, termIds, itemIds };
  }
}
