import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A PTV v11-shaped service with the fields surfacing uses; deterministic from `n`. */
export function syntheticService(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  return {
    id,
    sourceId: null,
    serviceNames: [
      { language: 'fi', value: `Palvelu ${n}`, type: 'Name' },
      { language: 'sv', value: `Tjänst ${n}`, type: 'Name' },
    ],
    serviceDescriptions: [{ language: 'fi', value: `Kuvaus ${n}`, type: 'Summary' }],
    areaType: n % 10 === 0 ? 'Nationwide' : 'LimitedType',
    areas: n % 10 === 0 ? [] : [{ type: 'Municipality', code: null, name: null, municipalities: [{ code: ['018', '407', '434', '091'][n % 4], name: [] }] }],
    ontologyTerms: [{ uri: `http://www.yso.fi/onto/koko/p${100 + (n % 50)}`, name: [{ language: 'fi', value: `asiasana ${n % 50}` }] }],
    serviceClasses: [{ code: `P3.${1 + (n % 9)}`, name: [] }],
    targetGroups: [{ code: 'KR1.2', name: [] }],
    lifeEvents: null,
    organizations: [{ organization: { id: '11111111-1111-4111-8111-111111111111', name: 'Esimerkkikunta' }, roleType: 'Responsible', provisionType: null }],
    publishingStatus: 'Published',
    modified: '2025-05-02T10:15:30.123Z',
    ...overrides,
  };
}

/** Writes `count` services as PTV paging-envelope files of 100 into `dir`. */
export function writeSyntheticCatalogue(dir: string, count: number, first = 1): void {
  mkdirSync(dir, { recursive: true });
  const pages = Math.ceil(count / 100);
  for (let page = 0; page < pages; page += 1) {
    const itemList = Array.from({ length: Math.min(100, count - page * 100) }, (_, i) => syntheticService(first + page * 100 + i));
    const body = { pageNumber: page + 1, pageSize: 100, pageCount: pages, itemList };
    writeFileSync(join(dir, `page-${String(page + 1).padStart(4, '0')}.json`), JSON.stringify(body));
  }
}
