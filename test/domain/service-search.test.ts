/**
 * shared/domain/service-search.ts: free-text and faceted search over catalogue rows, with
 * facet counts that ignore their own facet's filter (so picking one value still shows others).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchServices, serviceFacets, type ServiceFacet, type ServiceQuery, type ServiceSearchRow } from '../../shared/domain/service-search';

function row(id: string, fields: Partial<ServiceSearchRow> = {}): ServiceSearchRow {
  return {
    id,
    searchText: id,
    organizationId: 'town',
    organizationType: 'Municipality',
    keywords: [],
    serviceClasses: [],
    targetGroups: [],
    area: 'regional',
    language: 'complete',
    ...fields,
  };
}
const query = (fields: Partial<ServiceQuery> = {}): ServiceQuery => ({
  query: '',
  ...(Object.fromEntries(serviceFacets.map((f) => [f, []])) as unknown as Record<ServiceFacet, string[]>),
  ...fields,
});
const ids = (rows: readonly ServiceSearchRow[]) => rows.map((r) => r.id);
const counts = (map: Map<string, number>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));

const rows: ServiceSearchRow[] = [
  row('neuvola', { searchText: 'äitiysneuvola mödrarådgivning esimerkkikunta', keywords: ['k1', 'k2'], serviceClasses: ['P3.1'], targetGroups: ['KR1'] }),
  row('perheneuvola', { searchText: 'perheneuvola familjerådgivning esimerkkikunta', keywords: ['k1'], serviceClasses: ['P3.2'], language: 'missing_sv' }),
  row('kriisipuhelin', { searchText: 'kriisipuhelin yhdistys', organizationId: 'ngo', organizationType: 'Organization', keywords: ['k3'], area: 'national', language: 'missing_sv' }),
  row('vertaistuki', { searchText: 'vertaistuki yhdistys', organizationId: 'ngo', organizationType: 'Organization', keywords: ['k1', 'k3'], targetGroups: ['KR1', 'KR2'] }),
  row('orpo', { searchText: 'orpo palvelu', organizationId: null, organizationType: null, area: 'national', language: 'missing_fi' }),
];

describe('searchServices: filtering', () => {
  const table: [string, Partial<ServiceQuery>, string[]][] = [
    ['no filter keeps every row in order', {}, ['neuvola', 'perheneuvola', 'kriisipuhelin', 'vertaistuki', 'orpo']],
    ['a word matches inside names, case-insensitively', { query: 'NEUVOLA' }, ['neuvola', 'perheneuvola']],
    ['every word must match', { query: 'neuvola familj' }, ['perheneuvola']],
    ['extra spaces are ignored', { query: '   yhdistys   ' }, ['kriisipuhelin', 'vertaistuki']],
    ['Swedish text matches as well', { query: 'rådgivning' }, ['neuvola', 'perheneuvola']],
    ['an unmatched word leaves nothing', { query: 'hammaslääkäri' }, []],
    ['values within a facet are alternatives', { keywords: ['k2', 'k3'] }, ['neuvola', 'kriisipuhelin', 'vertaistuki']],
    ['facets combine with and', { keywords: ['k1'], organizationIds: ['ngo'] }, ['vertaistuki']],
    ['organisation type', { organizationTypes: ['Organization'] }, ['kriisipuhelin', 'vertaistuki']],
    ['area national', { areas: ['national'] }, ['kriisipuhelin', 'orpo']],
    ['area regional', { areas: ['regional'] }, ['neuvola', 'perheneuvola', 'vertaistuki']],
    ['both areas is every row', { areas: ['regional', 'national'] }, ['neuvola', 'perheneuvola', 'kriisipuhelin', 'vertaistuki', 'orpo']],
    ['language gap', { languages: ['missing_sv'] }, ['perheneuvola', 'kriisipuhelin']],
    ['target group on a multi-valued row', { targetGroups: ['KR2'] }, ['vertaistuki']],
    ['service class', { serviceClasses: ['P3.2'] }, ['perheneuvola']],
    ['a row without owner never matches an owner filter', { organizationIds: ['town', 'ngo'] }, ['neuvola', 'perheneuvola', 'kriisipuhelin', 'vertaistuki']],
    ['an unknown facet value matches nothing', { keywords: ['k9'] }, []],
    ['text and facet together', { query: 'yhdistys', keywords: ['k1'] }, ['vertaistuki']],
  ];
  it.each(table)('%s', (_label, q, expected) => {
    const result = searchServices(rows, query(q), 0, 100);
    expect(ids(result.rows)).toEqual(expected);
    expect(result.total).toBe(expected.length);
  });
});

describe('searchServices: paging', () => {
  it('returns one page of the matches and the total of all matches', () => {
    expect(ids(searchServices(rows, query(), 1, 2).rows)).toEqual(['perheneuvola', 'kriisipuhelin']);
    expect(ids(searchServices(rows, query(), 4, 2).rows)).toEqual(['orpo']);
    const past = searchServices(rows, query({ query: 'yhdistys' }), 10, 5);
    expect(past.rows).toEqual([]);
    expect(past.total).toBe(2);
  });
});

describe('searchServices: facet counts', () => {
  it('counts every value over the rows that match the text, with no facet chosen', () => {
    const { facets } = searchServices(rows, query(), 0, 1);
    expect(counts(facets.keywords)).toEqual({ k1: 3, k2: 1, k3: 2 });
    expect(counts(facets.organizationIds)).toEqual({ ngo: 2, town: 2 });
    expect(counts(facets.areas)).toEqual({ national: 2, regional: 3 });
    expect(counts(facets.languages)).toEqual({ complete: 2, missing_fi: 1, missing_sv: 2 });
  });

  it("a facet's own filter leaves its counts alone but narrows the other facets", () => {
    const { facets, total } = searchServices(rows, query({ organizationIds: ['ngo'] }), 0, 100);
    expect(total).toBe(2);
    expect(counts(facets.organizationIds)).toEqual({ ngo: 2, town: 2 });
    expect(counts(facets.keywords)).toEqual({ k1: 1, k3: 2 });
    expect(counts(facets.areas)).toEqual({ national: 1, regional: 1 });
  });

  it('the text query narrows every facet, its own included', () => {
    const { facets } = searchServices(rows, query({ query: 'neuvola', keywords: ['k2'] }), 0, 100);
    expect(counts(facets.keywords)).toEqual({ k1: 2, k2: 1 });
    expect(counts(facets.organizationIds)).toEqual({ town: 1 });
  });
});

const pool = {
  organizationIds: ['o1', 'o2', 'o3'],
  organizationTypes: ['Municipality', 'Organization', 'State'],
  keywords: ['k1', 'k2', 'k3', 'k4'],
  serviceClasses: ['P1', 'P2', 'P3'],
  targetGroups: ['KR1', 'KR2'],
  areas: ['national', 'regional'],
  languages: ['complete', 'missing_sv', 'missing_fi'],
} satisfies Record<ServiceFacet, string[]>;
const words = ['neuvola', 'perhe', 'tuki', 'kunta', 'yhdistys'];

const rowArb = fc.record({
  id: fc.uuid(),
  searchText: fc.uniqueArray(fc.constantFrom(...words), { maxLength: 3 }).map((w) => w.join(' ')),
  organizationId: fc.option(fc.constantFrom(...pool.organizationIds), { nil: null }),
  organizationType: fc.option(fc.constantFrom(...pool.organizationTypes), { nil: null }),
  keywords: fc.uniqueArray(fc.constantFrom(...pool.keywords), { maxLength: 3 }),
  serviceClasses: fc.uniqueArray(fc.constantFrom(...pool.serviceClasses), { maxLength: 2 }),
  targetGroups: fc.uniqueArray(fc.constantFrom(...pool.targetGroups), { maxLength: 2 }),
  area: fc.constantFrom('national' as const, 'regional' as const),
  language: fc.constantFrom('complete' as const, 'missing_sv' as const, 'missing_fi' as const),
});
const queryArb = fc.record({
  query: fc.uniqueArray(fc.constantFrom(...words, 'NEUVOLA', 'puuttuu'), { maxLength: 2 }).map((w) => w.join(' ')),
  ...(Object.fromEntries(serviceFacets.map((f) => [f, fc.uniqueArray(fc.constantFrom(...pool[f], 'unknown'), { maxLength: 2 })])) as Record<ServiceFacet, fc.Arbitrary<string[]>>),
}) as fc.Arbitrary<ServiceQuery>;

/** The definition, row by row: the row's values for a facet. */
function values(r: ServiceSearchRow, facet: ServiceFacet): (string | null)[] {
  const single: Partial<Record<ServiceFacet, string | null>> = { organizationIds: r.organizationId, organizationTypes: r.organizationType, areas: r.area, languages: r.language };
  return facet in single ? [single[facet] ?? null] : [...(r[facet as 'keywords'] as string[])];
}
const passesText = (r: ServiceSearchRow, q: ServiceQuery) => q.query.toLowerCase().split(/\s+/).filter(Boolean).every((w) => r.searchText.includes(w));
const passesFacet = (r: ServiceSearchRow, q: ServiceQuery, f: ServiceFacet) => q[f].length === 0 || values(r, f).some((v) => v !== null && q[f].includes(v));

describe('searchServices: property against a brute-force count', () => {
  it('each facet count equals the rows passing the text and every other facet that carry the value', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), queryArb, (rs, q) => {
        const result = searchServices(rs, q, 0, 1000);
        for (const facet of serviceFacets) {
          const expected = new Map<string, number>();
          for (const r of rs) {
            if (!passesText(r, q) || !serviceFacets.every((other) => other === facet || passesFacet(r, q, other))) continue;
            for (const v of values(r, facet)) if (v !== null) expected.set(v, (expected.get(v) ?? 0) + 1);
          }
          expect(counts(result.facets[facet])).toEqual(counts(expected));
        }
        const all = rs.filter((r) => passesText(r, q) && serviceFacets.every((f) => passesFacet(r, q, f)));
        expect(result.total).toBe(all.length);
        expect(ids(result.rows)).toEqual(ids(all));
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
