/**
 * The catalogue view: services available in the region, searched by text and facets one page
 * at a time; one service with the articles it surfaces in; the catalogue's reference lists.
 * Third-party text comes back verbatim: rendering it as text is the client's job.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceSearchInput } from '../../shared/schemas/review-api';
import { FILLERS, K1, K5, ORG_NGO, ORG_STATE, ORG_TOWN, REGION, S1, S2, S3, S5, S6, XSS, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeAll(async () => (f = await reviewFixture()));
afterAll(() => f.cleanup());

const search = (fields: Partial<ServiceSearchInput> = {}) => f.caller.services.search({ region: REGION, ...fields });
const found = async (fields: Partial<ServiceSearchInput>) => (await search({ ...fields, limit: 500 })).services.map((s) => s.id).sort();
const facet = (values: { value: string; count: number }[]) => Object.fromEntries(values.map((v) => [v.value, v.count]));
const sorted = (ids: string[]) => [...ids].sort();

describe('services.search', () => {
  it('lists the published services available in the region, not drafts nor other regions', async () => {
    const result = await search();
    expect(result.total).toBe(10);
    expect(sorted(result.services.map((s) => s.id))).toEqual(sorted([S1, S2, S5, S6, ...FILLERS]));
  });

  const table: [string, Partial<ServiceSearchInput>, string[]][] = [
    ['Finnish name', { query: 'perheneuvola' }, [S1]],
    ['Swedish name, any case', { query: 'FAMILJERÅDGIVNING' }, [S1]],
    ["owner's name", { query: 'perheyhdistys' }, [S6]],
    ['several words, all of them matching', { query: '1 tjänst' }, sorted(FILLERS)],
    ['no match', { query: 'hammaslääkäri' }, []],
    ['owner', { organizationIds: [ORG_NGO, ORG_STATE] }, sorted([S2, S6])],
    ['owner type', { organizationTypes: ['State'] }, [S2]],
    ['keyword', { keywords: [K1] }, sorted([S1, S6])],
    ['service class', { serviceClasses: ['P9.1', 'P3.5'] }, sorted([S1, S5])],
    ['target group', { targetGroups: ['KR2'] }, [S6]],
    ['national', { areas: ['national'] }, sorted([S2, FILLERS[4]!, FILLERS[5]!])],
    ['regional', { areas: ['regional'] }, sorted([S1, S5, S6, ...FILLERS.slice(0, 4)])],
    ['missing Swedish', { languages: ['missing_sv'] }, sorted([S1, S5, ...FILLERS])],
    ['missing Finnish', { languages: ['missing_fi'] }, [S2]],
    ['complete', { languages: ['complete'] }, [S6]],
    ['text and facets together', { query: 'palvelu', areas: ['national'], keywords: [K5] }, sorted(FILLERS.slice(4))],
  ];
  it.each(table)('filters by %s', async (_label, fields, expected) => {
    expect(await found(fields)).toEqual(expected);
  });

  it('pages through all matches with a stable order and the total on every page', async () => {
    const pages = await Promise.all([0, 4, 8].map((offset) => search({ offset, limit: 4 })));
    expect(pages.map((p) => [p.total, p.services.length])).toEqual([
      [10, 4],
      [10, 4],
      [10, 2],
    ]);
    const ids = pages.flatMap((p) => p.services.map((s) => s.id));
    expect(ids).toEqual((await search()).services.map((s) => s.id));
    expect((await search({ offset: 50 })).services).toEqual([]);
  });

  it("counts facet values over the other facets' filters, keeping its own facet's choices visible", async () => {
    const all = await search();
    expect(facet(all.facets.organizationIds)).toEqual({ [ORG_TOWN]: 8, [ORG_STATE]: 1, [ORG_NGO]: 1 });
    expect(facet(all.facets.areas)).toEqual({ regional: 7, national: 3 });
    const picked = await search({ organizationIds: [ORG_NGO] });
    expect(picked.total).toBe(1);
    expect(facet(picked.facets.organizationIds)).toEqual({ [ORG_TOWN]: 8, [ORG_STATE]: 1, [ORG_NGO]: 1 });
    expect(facet(picked.facets.keywords)).toEqual({ [K1]: 1 });
    expect(facet(picked.facets.languages)).toEqual({ complete: 1 });
    const national = await search({ areas: ['national'], organizationTypes: ['Municipality'] });
    expect(facet(national.facets.areas)).toEqual({ regional: 6, national: 2 });
    expect(facet(national.facets.organizationTypes)).toEqual({ Municipality: 2, State: 1 });
  });

  it('labels owners and keywords and gives each service its area and language state', async () => {
    const all = await search();
    expect(all.facets.organizationIds.find((v) => v.value === ORG_NGO)?.label).toEqual({ fi: 'Perheyhdistys ry' });
    expect(all.facets.keywords.find((v) => v.value === K1)?.label).toEqual({ fi: 'termi p1' });
    expect(all.services.find((s) => s.id === S2)).toMatchObject({ area: 'national', language: 'missing_fi', organizationName: { fi: 'Valtion virasto' }, organizationType: 'State' });
  });

  it('answers an unknown region with BAD_REQUEST', async () => {
    await expect(search({ region: '77' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'unknown region "77"' });
  });
});

describe('services.detail', () => {
  it('gives the whole service and every article of the region it surfaces in, with why', async () => {
    const detail = await f.caller.services.detail({ region: REGION, serviceId: S1 });
    expect(detail.service).toMatchObject({ id: S1, description: {}, summary: { fi: 'Kuvaus 1' }, keywords: [K1] });
    expect(detail.summary).toMatchObject({ id: S1, organizationId: ORG_TOWN });
    expect(detail.articles.map((a) => [a.articleId, a.reasons.keywords, a.reasons.serviceClasses])).toEqual([
      ['a1', [K1], []],
      ['a2', [K1], []],
      ['a3', [K1], []],
      ['a4', [], ['P9.1']],
    ]);
    expect(detail.articles[0]?.title).toEqual({ fi: 'Vauvan uni', sv: 'Babyns sömn' });
  });

  it('lists no articles for a service outside the region or surfacing nowhere', async () => {
    expect((await f.caller.services.detail({ region: REGION, serviceId: S3 })).articles).toEqual([]);
    expect((await f.caller.services.detail({ region: REGION, serviceId: S5 })).articles).toEqual([]);
  });

  it('answers a service not in the snapshot with NOT_FOUND and an unknown region with BAD_REQUEST', async () => {
    await expect(f.caller.services.detail({ region: REGION, serviceId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.caller.services.detail({ region: '77', serviceId: S1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('catalogue', () => {
  it('lists snapshots, regions, owners by Finnish name and code labels', async () => {
    expect(await f.caller.catalogue.snapshots()).toEqual([expect.objectContaining({ id: 1, serviceCount: 12 })]);
    const regions = await f.caller.catalogue.regions();
    expect(regions).toHaveLength(22);
    expect(regions.find((r) => r.code === REGION)).toMatchObject({ name: { fi: 'Itä-Uudenmaan hyvinvointialue' }, municipalityCount: expect.any(Number) });
    expect((await f.caller.catalogue.organizations()).map((o) => [o.name.fi, o.organizationType])).toEqual([
      ['Esimerkkikunta', 'Municipality'],
      ['Perheyhdistys ry', 'Organization'],
      ['Valtion virasto', 'State'],
    ]);
    expect(JSON.stringify(await f.caller.catalogue.codeLabels())).toContain('P3');
    expect((await f.caller.catalogue.municipalities())['616']).toEqual({ fi: 'Pukkila', sv: 'Pukkila' });
  });
});

describe('third-party text', () => {
  it('returns a service name with markup unchanged, as a string, everywhere it appears', async () => {
    const fromSearch = (await search({ query: 'script' })).services;
    expect(fromSearch.map((s) => s.name.fi)).toEqual([XSS]);
    const fromDiff = (await f.caller.articles.diff({ region: REGION, articleId: 'a1' })).items.find((i) => i.serviceId === S6);
    expect(fromDiff?.service?.name.fi).toBe(XSS);
    expect((await f.caller.services.detail({ region: REGION, serviceId: S6 })).service.name.fi).toBe(XSS);
    expect((await f.caller.services.explain({ region: REGION, articleId: 'a1', serviceId: S6 })).service?.name.fi).toBe(XSS);
  });
});
