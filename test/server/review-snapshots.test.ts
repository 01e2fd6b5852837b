/**
 * Comparing with an earlier snapshot: what began or stopped surfacing per article, in the
 * list and in one article's diff, and approved services that changed since approval.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importArticlesData } from '../../server/import/import-articles';
import { ARTICLES, K1, K2, K4, K5, REGION, S1, S2, S5, S6, importSecondSnapshot, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
let second: number;
const terms = (...uris: string[]) => uris.map((uri) => ({ uri, name: [] }));

beforeEach(async () => {
  f = await reviewFixture();
  // S5 gains K1 (so it begins surfacing in a1–a3); S2 loses K2 (so it stops in a2).
  second = await importSecondSnapshot(f.context, { 5: { ontologyTerms: terms(K4, K1) }, 2: { ontologyTerms: terms(K5) } });
});
afterEach(() => f.cleanup());

const since = async (compareSnapshot?: number) =>
  Object.fromEntries((await f.caller.articles.list({ region: REGION, compareSnapshot })).articles.map((a) => [a.id, a.since]));

describe('articles.list with compareSnapshot', () => {
  it('counts per article what began and stopped surfacing since the earlier snapshot', async () => {
    expect(second).toBe(2);
    expect(await since(1)).toEqual({
      a1: { began: 1, stopped: 0 },
      a2: { began: 1, stopped: 1 },
      a3: { began: 1, stopped: 0 },
      a4: { began: 0, stopped: 0 },
      a5: { began: 0, stopped: 0 },
    });
  });

  it('reports nothing without a comparison and no change against the current snapshot', async () => {
    const list = await f.caller.articles.list({ region: REGION });
    expect(list.snapshot).toBe(2);
    expect(list.articles.every((a) => a.since === null)).toBe(true);
    expect(Object.values(await since(2)).every((s) => s?.began === 0 && s.stopped === 0)).toBe(true);
  });

  it('rejects a snapshot that does not exist', async () => {
    await expect(f.caller.articles.list({ region: REGION, compareSnapshot: 99 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'unknown snapshot 99' });
    await expect(f.caller.articles.diff({ region: REGION, articleId: 'a1', compareSnapshot: 99 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('keeps working after an article is added and compares with the current rules', async () => {
    expect((await since(1))['a4']).toEqual({ began: 0, stopped: 0 });
    importArticlesData(f.context.handle, { articles: [...ARTICLES.filter((a) => a.id !== 'a4'), { id: 'a4', title: { fi: 'Perhetyö' }, rule: { keywords: [K1] } }, { id: 'a6', title: { fi: 'Uusi' }, rule: { keywords: [K1] } }] }, 'rules-changed');
    const after = await since(1);
    // a4 now selects by K1: only S5 is new in the catalogue; S6 matched K1 in both snapshots.
    expect(after['a4']).toEqual({ began: 1, stopped: 0 });
    expect(after['a6']).toEqual({ began: 1, stopped: 0 });
  });
});

describe('articles.diff with compareSnapshot', () => {
  it('marks services that began surfacing and lists those that stopped', async () => {
    const detail = await f.caller.articles.diff({ region: REGION, articleId: 'a2', compareSnapshot: 1 });
    expect(detail.items.map((i) => [i.serviceId, i.began])).toEqual([
      [S1, false],
      [S5, true],
      [S6, false],
    ]);
    expect(detail.stopped).toEqual([{ serviceId: S2, service: expect.objectContaining({ id: S2, name: { sv: 'Rikstjänst' } }) }]);
  });

  it('without a comparison nothing began and nothing stopped', async () => {
    const detail = await f.caller.articles.diff({ region: REGION, articleId: 'a2' });
    expect(detail.items.every((i) => !i.began)).toBe(true);
    expect(detail.stopped).toEqual([]);
  });

  it('a service that stopped surfacing after it was included shows as missing', async () => {
    await f.caller.decisions.set({ region: REGION, articleId: 'a2', serviceIds: [S2], decision: 'include', baseVersion: 0 });
    const detail = await f.caller.articles.diff({ region: REGION, articleId: 'a2', compareSnapshot: 1 });
    expect(detail.items.find((i) => i.serviceId === S2)).toMatchObject({ category: 'missing', missingReason: 'criteria_not_met', missingDetail: ['keywords'] });
  });
});

describe('changed since approval', () => {
  it('flags an included service whose description changed in a later snapshot', async () => {
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1, S6], decision: 'include', baseVersion: 0 });
    await importSecondSnapshot(f.context, { 5: { ontologyTerms: terms(K4, K1) }, 2: { ontologyTerms: terms(K2) }, 1: { serviceNames: [{ language: 'fi', value: 'Perheneuvola (uusi)', type: 'Name' }] } });
    const detail = await f.caller.articles.diff({ region: REGION, articleId: 'a1' });
    expect(detail.items.filter((i) => i.category === 'ok').map((i) => [i.serviceId, i.changedSinceApproval])).toEqual([
      [S1, true],
      [S6, false],
    ]);
    const compared = await f.caller.articles.diff({ region: REGION, articleId: 'a2', compareSnapshot: 2 });
    expect(compared.items.find((i) => i.serviceId === S2)?.began).toBe(true);
  });
});
