import type { LanguageCompleteness } from './language-completeness';
import type { AreaKind } from './types';

/** One catalogue service as the catalogue view filters it. */
export interface ServiceSearchRow {
  id: string;
  /** Lowercased names in every language, organisation name and id, for free-text search. */
  searchText: string;
  organizationId: string | null;
  organizationType: string | null;
  keywords: readonly string[];
  serviceClasses: readonly string[];
  targetGroups: readonly string[];
  area: AreaKind;
  language: LanguageCompleteness;
}

export const serviceFacets = ['organizationIds', 'organizationTypes', 'keywords', 'serviceClasses', 'targetGroups', 'areas', 'languages'] as const;
export type ServiceFacet = (typeof serviceFacets)[number];

/** Free text plus, per facet, the accepted values (empty accepts all). */
export type ServiceQuery = { query: string } & Record<ServiceFacet, readonly string[]>;

export interface ServiceSearchResult {
  total: number;
  rows: ServiceSearchRow[];
  /** Per facet, value → matching services when every other facet's filter applies. */
  facets: Record<ServiceFacet, Map<string, number>>;
}

function valuesOf(row: ServiceSearchRow, facet: ServiceFacet): readonly (string | null)[] {
  switch (facet) {
    case 'organizationIds':
      return [row.organizationId];
    case 'organizationTypes':
      return [row.organizationType];
    case 'areas':
      return [row.area];
    case 'languages':
      return [row.language];
    default:
      return row[facet];
  }
}

/**
 * Filters rows by every word of the free text and each facet (values within a facet are
 * alternatives), and counts facet values the way faceted search does: a facet's counts
 * ignore that facet's own filter, so picking one organisation still shows the others.
 */
export function searchServices(rows: readonly ServiceSearchRow[], query: ServiceQuery, offset: number, limit: number): ServiceSearchResult {
  const words = query.query.toLowerCase().split(/\s+/).filter(Boolean);
  const accepted = serviceFacets.map((facet) => (query[facet].length > 0 ? new Set(query[facet]) : null));
  const facets = Object.fromEntries(serviceFacets.map((f) => [f, new Map<string, number>()])) as ServiceSearchResult['facets'];
  const matched: ServiceSearchRow[] = [];
  for (const row of rows) {
    if (words.length > 0 && !words.every((w) => row.searchText.includes(w))) continue;
    let failedFacet = -1;
    let failures = 0;
    for (let i = 0; i < serviceFacets.length && failures < 2; i += 1) {
      const want = accepted[i];
      if (want && !valuesOf(row, serviceFacets[i]!).some((v) => v !== null && want.has(v))) {
        failures += 1;
        failedFacet = i;
      }
    }
    if (failures >= 2) continue;
    if (failures === 0) matched.push(row);
    serviceFacets.forEach((facet, i) => {
      if (failures === 1 && failedFacet !== i) return;
      const counts = facets[facet];
      for (const value of valuesOf(row, facet)) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
    });
  }
  return { total: matched.length, rows: matched.slice(offset, offset + limit), facets };
}
