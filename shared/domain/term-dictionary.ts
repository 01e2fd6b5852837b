import type { CriteriaGroup } from './types';

/**
 * Gives every (criteria group, term) pair a small integer id, so that rule checks are
 * array reads instead of string hashing. Ids are never reused; the dictionary only grows.
 */
export class TermDictionary {
  private readonly ids: Record<CriteriaGroup, Map<string, number>> = {
    keywords: new Map(),
    serviceClasses: new Map(),
    targetGroups: new Map(),
    lifeEvents: new Map(),
  };
  private next = 0;

  get size(): number {
    return this.next;
  }

  /** The id of a term, created on first use. */
  intern(group: CriteriaGroup, term: string): number {
    const map = this.ids[group];
    let id = map.get(term);
    if (id === undefined) {
      id = this.next++;
      map.set(term, id);
    }
    return id;
  }

  /** The id of a known term, or -1 when no service has ever carried it. */
  find(group: CriteriaGroup, term: string): number {
    return this.ids[group].get(term) ?? -1;
  }
}
