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

/** Per facet: every value as an integer, and each row's value ids in one flat array. */
interface CompiledFacet {
  ids: Map<string, number>;
  values: string[];
  /** Row r's value ids are rowValues[rowStart[r] .. rowStart[r + 1]). */
  rowStart: Int32Array;
  rowValues: Int32Array;
}

// Rows are compiled once per array (the server keeps one array per snapshot and region).
const compiledRows = new WeakMap<readonly ServiceSearchRow[], CompiledFacet[]>();

function compile(rows: readonly ServiceSearchRow[]): CompiledFacet[] {
  let compiled = compiledRows.get(rows);
  if (compiled) return compiled;
  compiled = serviceFacets.map((facet) => {
    const ids = new Map<string, number>();
    const values: string[] = [];
    const rowStart = new Int32Array(rows.length + 1);
    const flat: number[] = [];
    rows.forEach((row, r) => {
      rowStart[r] = flat.length;
      for (const value of valuesOf(row, facet)) {
        if (value === null) continue;
        let id = ids.get(value);
        if (id === undefined) {
          id = values.length;
          ids.set(value, id);
          values.push(value);
        }
        flat.push(id);
      }
    });
    rowStart[rows.length] = flat.length;
    return { ids, values, rowStart, rowValues: Int32Array.from(flat) };
  });
  compiledRows.set(rows, compiled);
  return compiled;
}

/**
 * Filters rows by every word of the free text and each facet (values within a facet are
 * alternatives), and counts facet values the way faceted search does: a facet's counts
 * ignore that facet's own filter, so picking one organisation still shows the others.
 */
export function searchServices(rows: readonly ServiceSearchRow[], query: ServiceQuery, offset: number, limit: number): ServiceSearchResult {
  const words = query.query.toLowerCase().split(/\s+/).filter(Boolean);
  const facetsCompiled = compile(rows);
  // Per facet, a flag per value id: accepted or not (null: the facet does not filter).
  const accepted = facetsCompiled.map((facet, i) => {
    const wanted = query[serviceFacets[i]!];
    if (wanted.length === 0) return null;
    const flags = new Uint8Array(facet.values.length);
    for (const value of wanted) {
      const id = facet.ids.get(value);
      if (id !== undefined) flags[id] = 1;
    }
    return flags;
  });
  const counts = facetsCompiled.map((facet) => new Int32Array(facet.values.length));
  const matched: ServiceSearchRow[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r]!;
    if (words.length > 0 && !words.every((w) => row.searchText.includes(w))) continue;
    let failedFacet = -1;
    let failures = 0;
    for (let f = 0; f < facetsCompiled.length && failures < 2; f += 1) {
      const flags = accepted[f];
      if (!flags) continue;
      const { rowStart, rowValues } = facetsCompiled[f]!;
      let hit = false;
      for (let k = rowStart[r]!; k < rowStart[r + 1]! && !hit; k += 1) hit = flags[rowValues[k]!] === 1;
      if (!hit) {
        failures += 1;
        failedFacet = f;
      }
    }
    if (failures >= 2) continue;
    if (failures === 0) matched.push(row);
    for (let f = 0; f < facetsCompiled.length; f += 1) {
      if (failures === 1 && failedFacet !== f) continue;
      const { rowStart, rowValues } = facetsCompiled[f]!;
      const facetCounts = counts[f]!;
      for (let k = rowStart[r]!; k < rowStart[r + 1]!; k += 1) facetCounts[rowValues[k]!]! += 1;
    }
  }
  const facets = Object.fromEntries(
    serviceFacets.map((facet, f) => {
      const out = new Map<string, number>();
      const facetCounts = counts[f]!;
      const values = facetsCompiled[f]!.values;
      for (let id = 0; id < facetCounts.length; id += 1) if (facetCounts[id]! > 0) out.set(values[id]!, facetCounts[id]!);
      return [facet, out];
    }),
  ) as ServiceSearchResult['facets'];
  return { total: matched.length, rows: matched.slice(offset, offset + limit), facets };
}
