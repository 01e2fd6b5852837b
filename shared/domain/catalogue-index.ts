import { selfAndAncestors } from './code-hierarchy';
import type { CriteriaGroup, ServiceFacts } from './types';

/** A service as held by the index: its facts plus its codes expanded with their ancestors. */
export interface IndexedService {
  readonly facts: ServiceFacts;
  readonly slot: number;
  /** Per criteria group: the service's terms, codes expanded with their ancestors. */
  readonly terms: Readonly<Record<CriteriaGroup, readonly string[]>>;
}

/**
 * Inverted index over a catalogue: for each criteria group, term → slots of the published
 * services carrying it (codes also under each ancestor, so a rule code finds its subtree).
 * Unpublished services are held for explanations but never posted.
 */
export class CatalogueIndex {
  private readonly slots: (IndexedService | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private readonly postings: Record<CriteriaGroup, Map<string, number[]>> = {
    keywords: new Map(),
    serviceClasses: new Map(),
    targetGroups: new Map(),
    lifeEvents: new Map(),
  };

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

  /** Slots of published services whose `group` terms include `term` (empty when none). */
  posting(group: CriteriaGroup, term: string): readonly number[] {
    return this.postings[group].get(term) ?? [];
  }

  /** Adds or replaces a service; returns the replaced entry so callers can invalidate caches. */
  upsert(facts: ServiceFacts): { entry: IndexedService; previous: IndexedService | undefined } {
    const previous = this.detach(facts.id);
    const slot = previous?.slot ?? this.freeSlots.pop() ?? this.slots.length;
    const entry: IndexedService = { facts, slot, terms: expandTerms(facts) };
    this.slots[slot] = entry;
    this.slotById.set(facts.id, slot);
    if (facts.publishingStatus === 'Published') this.post(entry);
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
    if (entry && entry.facts.publishingStatus === 'Published') this.unpost(entry);
    return entry;
  }

  private post(entry: IndexedService): void {
    for (const group of groupsOf(entry)) {
      for (const term of entry.terms[group]) {
        const list = this.postings[group].get(term);
        if (list) list.push(entry.slot);
        else this.postings[group].set(term, [entry.slot]);
      }
    }
  }

  private unpost(entry: IndexedService): void {
    for (const group of groupsOf(entry)) {
      for (const term of entry.terms[group]) {
        const list = this.postings[group].get(term);
        const at = list?.indexOf(entry.slot) ?? -1;
        if (list && at >= 0) list.splice(at, 1);
      }
    }
  }
}

function groupsOf(entry: IndexedService): CriteriaGroup[] {
  return Object.keys(entry.terms) as CriteriaGroup[];
}

function expandTerms(facts: ServiceFacts): Record<CriteriaGroup, string[]> {
  return {
    keywords: [...new Set(facts.keywords)],
    serviceClasses: expandCodes(facts.serviceClasses),
    targetGroups: expandCodes(facts.targetGroups),
    lifeEvents: expandCodes(facts.lifeEvents),
  };
}

function expandCodes(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const code of codes) for (const c of selfAndAncestors(code)) out.add(c);
  return [...out];
}
