/**
 * Reviewing an article through the API: decisions move services between diff categories,
 * the article list follows (counts, status, last review), and including a service that does
 * not surface proposes it as missing, with the reason it is absent.
 */
import { writeTransaction } from '../../db/client';
import { upsertApprovedDecisions } from '../../db/queries/decisions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOCK, K1, REGION, S1, S2, S3, S4, S5, S6, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => (f = await reviewFixture()));
afterEach(() => f.cleanup());

const later = new Date('2026-11-21T08:30:00.000Z');
const row = async (articleId: string) => (await f.caller.articles.list({ region: REGION })).articles.find((a) => a.id === articleId)!;
const item = async (articleId: string, serviceId: string) => (await f.caller.articles.diff({ region: REGION, articleId })).items.find((i) => i.serviceId === serviceId);

describe('before any decision', () => {
  it('lists every article in order with counts, surfacing by area and no review yet', async () => {
    const list = await f.caller.articles.list({ region: REGION });
    expect(list.snapshot).toBe(1);
    expect(list.articles.map((a) => [a.id, a.counts.unreviewed, a.surfacing.regional, a.surfacing.national, a.status])).toEqual([
      ['a1', 2, 2, 0, 'not_started'],
      ['a2', 3, 2, 1, 'not_started'],
      ['a3', 2, 2, 0, 'not_started'],
      ['a4', 1, 1, 0, 'not_started'],
      ['a5', 0, 0, 0, 'not_started'],
    ]);
    expect(list.articles[0]).toMatchObject({ title: { fi: 'Vauvan uni', sv: 'Babyns sömn' }, topic: 'vauva', decisions: 0, lastReviewedBy: null, lastReviewedAt: null, since: null });
  });

  it('shows one article with its rule, each surfacing service, its owner and why it surfaces', async () => {
    const detail = await f.caller.articles.diff({ region: REGION, articleId: 'a1' });
    expect(detail.article).toMatchObject({ id: 'a1', rule: { keywords: [K1], serviceClasses: [] } });
    expect(detail.status).toBe('not_started');
    expect(detail.items.map((i) => i.serviceId)).toEqual([S1, S6]);
    expect(detail.items[0]).toMatchObject({
      category: 'unreviewed',
      scope: 'regional',
      reasons: { keywords: [K1], area: 'regional', areaVia: 'Municipality:018', pinned: false },
      missingReason: null,
      decision: null,
      flags: [],
      comments: 0,
      began: false,
      service: { name: { fi: 'Perheneuvola', sv: 'Familjerådgivning' }, organizationName: { fi: 'Esimerkkikunta' }, organizationType: 'Municipality' },
    });
  });
});

describe('decisions.set and decisions.clear', () => {
  it('including moves a service unreviewed → ok with who and when; the list follows', async () => {
    expect(await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', note: 'kuuluu', baseVersion: 0 })).toEqual({ version: 1, changed: 1 });
    const detail = await f.caller.articles.diff({ region: REGION, articleId: 'a1' });
    expect(detail.counts).toMatchObject({ ok: 1, unreviewed: 1 });
    expect(detail.items.find((i) => i.serviceId === S1)).toMatchObject({
      category: 'ok',
      decision: { decision: 'include', decidedBy: 'Riikka Arvioija', decidedAt: CLOCK.toISOString(), note: 'kuuluu' },
    });
    expect(detail.status).toBe('in_review');
    expect(await row('a1')).toMatchObject({ status: 'in_review', decisions: 1, lastReviewedBy: 'Riikka Arvioija', lastReviewedAt: CLOCK.toISOString() });
  });

  it('excluding moves a service unreviewed → unwanted; all decided → waiting for approval', async () => {
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: 0 });
    await f.as('Lauri Lead', later).decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S6], decision: 'exclude', baseVersion: 1 });
    expect((await item('a1', S6))?.category).toBe('unwanted');
    expect(await row('a1')).toMatchObject({
      counts: { ok: 1, unwanted: 1, unreviewed: 0 },
      status: 'waiting_approval',
      decisions: 2,
      lastReviewedBy: 'Lauri Lead',
      lastReviewedAt: later.toISOString(),
    });
  });

  it('decides several services at once, counting a repeated id once', async () => {
    expect(await f.caller.decisions.set({ region: REGION, articleId: 'a2', serviceIds: [S1, S2, S6, S1], decision: 'include', baseVersion: 0 })).toEqual({ version: 1, changed: 3 });
    expect((await row('a2')).counts).toMatchObject({ ok: 3, unreviewed: 0 });
    // The same service in another article is still waiting.
    expect((await row('a1')).counts).toMatchObject({ ok: 0, unreviewed: 2 });
  });

  it('a later decision on the same pair replaces the earlier one', async () => {
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: 0 });
    await f.as('Lauri Lead', later).decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'exclude', baseVersion: 1 });
    expect(await item('a1', S1)).toMatchObject({ category: 'unwanted', decision: { decision: 'exclude', decidedBy: 'Lauri Lead', decidedAt: later.toISOString(), note: null } });
    expect((await row('a1')).decisions).toBe(1);
  });

  it('clearing brings services back to unreviewed and the article back to not started', async () => {
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1, S6], decision: 'include', baseVersion: 0 });
    expect((await row('a1')).status).toBe('waiting_approval');
    expect(await f.caller.decisions.clear({ region: REGION, articleId: 'a1', serviceIds: [S1], baseVersion: 1 })).toEqual({ version: 2, changed: 1, removed: 1 });
    expect(await row('a1')).toMatchObject({ status: 'in_review', counts: { ok: 1, unreviewed: 1 } });
    expect(await f.caller.decisions.clear({ region: REGION, articleId: 'a1', serviceIds: [S6, S1], baseVersion: 2 })).toEqual({ version: 3, changed: 1, removed: 1 });
    expect(await row('a1')).toMatchObject({ status: 'not_started', decisions: 0, lastReviewedBy: null, counts: { ok: 0, unreviewed: 2 } });
    expect((await item('a1', S1))?.decision).toBeNull();
  });

  it('rejects an unknown region or article and stores nothing', async () => {
    await expect(f.caller.decisions.set({ region: 'zz', articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // An unknown article is NOT_FOUND since sign-in landed (the access check looks the article up first).
    await expect(f.caller.decisions.set({ region: REGION, articleId: 'nope', serviceIds: [S1], decision: 'include', baseVersion: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await f.caller.articles.list({ region: REGION })).articles.every((a) => a.decisions === 0)).toBe(true);
    // Clearing what is not there is a no-op, not an error; clearing in an unknown article is NOT_FOUND.
    expect(await f.caller.decisions.clear({ region: REGION, articleId: 'a1', serviceIds: [S1], baseVersion: 0 })).toEqual({ version: 0, changed: 0, removed: 0 });
    await expect(f.caller.decisions.clear({ region: REGION, articleId: 'nope', serviceIds: [S1], baseVersion: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('proposing a service that does not surface', () => {
  const cases: [string, string, string, string[] | null, 'regional' | null][] = [
    ['outside the region', S3, 'outside_region', null, null],
    ['a draft', S4, 'not_published', null, 'regional'],
    ['without the keyword', S5, 'criteria_not_met', ['keywords'], 'regional'],
  ];
  const gone = '99999999-9999-4999-8999-999999999999';

  it('refuses a service the catalogue does not have, and stores nothing', async () => {
    await expect(f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [gone], decision: 'include', baseVersion: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: `not in the catalogue: ${gone}` });
    expect((await row('a1')).decisions).toBe(0);
  });

  it('a decided service that left the catalogue is missing as not_in_catalogue, and can still be undone or re-decided', async () => {
    writeTransaction(f.context.handle, () =>
      upsertApprovedDecisions(f.context.handle, [{ articleId: 'a1', serviceId: gone, decision: 'include', decidedBy: 'import', note: null, serviceHash: null }], CLOCK.toISOString(), 'import'),
    );
    expect(await item('a1', gone)).toMatchObject({ category: 'missing', missingReason: 'not_in_catalogue', scope: null });
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [gone], decision: 'exclude', baseVersion: 0 });
    expect(await item('a1', gone)).toMatchObject({ category: 'cleared' });
    await f.caller.decisions.clear({ region: REGION, articleId: 'a1', serviceIds: [gone], baseVersion: 1 });
    expect(await item('a1', gone)).toBeUndefined();
  });
  it.each(cases)('including a service %s makes it missing with the reason', async (_label, serviceId, reason, detail, scope) => {
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [serviceId], decision: 'include', baseVersion: 0 });
    const missing = await item('a1', serviceId);
    expect(missing).toMatchObject({ category: 'missing', reasons: null, missingReason: reason, scope });
    if (detail) expect(missing?.missingDetail).toEqual(detail);
    expect((await row('a1')).counts).toMatchObject({ missing: 1, unreviewed: 2 });
    const explained = await f.caller.services.explain({ region: REGION, articleId: 'a1', serviceId });
    expect(explained).toMatchObject({ reasons: null, absence: { reason } });
  });

  it('excluding a service that does not surface lists it as cleared', async () => {
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S5], decision: 'exclude', baseVersion: 0 });
    expect(await item('a1', S5)).toMatchObject({ category: 'cleared', missingReason: null });
  });

  it('explains a surfacing service with its reasons and no absence', async () => {
    const explained = await f.caller.services.explain({ region: REGION, articleId: 'a4', serviceId: S1 });
    expect(explained.absence).toBeNull();
    expect(explained.reasons).toMatchObject({ keywords: [], serviceClasses: ['P9.1'], areaVia: 'Municipality:018' });
    expect(explained.service?.name.fi).toBe('Perheneuvola');
  });
});
