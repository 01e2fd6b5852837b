/**
 * Flags: a reviewer names the item (keyword, class, target group, area) that lets a service
 * in where it does not belong. A flag for the service's owner covers every article where that
 * item makes the service surface; a flag on the article rule covers the raised article only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateFlagInput } from '../../shared/schemas/review-api';
import { CLOCK, K1, K2, REGION, S1, S3, S6, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => (f = await reviewFixture()));
afterEach(() => f.cleanup());

const flag = (fields: Partial<CreateFlagInput> = {}): CreateFlagInput => ({
  region: REGION,
  articleId: 'a1',
  serviceId: S1,
  itemKind: 'keywords',
  itemValue: K1,
  target: 'service',
  reason: 'Perheneuvola ei liity vauvan uneen',
  ...fields,
});
const coverageIds = (articles: { id: string }[]) => articles.map((a) => a.id);

describe('flags.coverage (preview before saving)', () => {
  const table: [string, Partial<CreateFlagInput>, string[]][] = [
    // S1 surfaces in a1–a3 through K1 and in a4 through its class P9.1 only.
    ['the keyword, for the owner: every article where K1 lets S1 in', {}, ['a1', 'a2', 'a3']],
    ['the keyword, for the article rule: the raised article only', { target: 'rule', articleId: 'a2' }, ['a2']],
    ['the class, for the owner: the article that selects by class', { articleId: 'a4', itemKind: 'serviceClasses', itemValue: 'P9.1' }, ['a4']],
    ['the area, for the owner: every article S1 surfaces in', { itemKind: 'area', itemValue: 'Municipality:018' }, ['a1', 'a2', 'a3', 'a4']],
    ['an item that is no reason anywhere', { itemValue: K2 }, []],
  ];
  it.each(table)('%s', async (_label, fields, expected) => {
    const { reason: _reason, ...input } = flag(fields);
    expect(coverageIds(await f.caller.flags.coverage(input))).toEqual(expected);
  });
});

describe('flags.create', () => {
  it('stores an open flag by the reviewer and returns the articles it covers, exactly', async () => {
    const created = await f.caller.flags.create(flag({ reason: '  Väärä asiasana  ' }));
    expect(created).toMatchObject({
      created: true,
      serviceId: S1,
      articleId: 'a1',
      regionCode: REGION,
      itemKind: 'keywords',
      itemValue: K1,
      target: 'service',
      reason: 'Väärä asiasana',
      status: 'open',
      createdBy: 'Riikka Arvioija',
      createdAt: CLOCK.toISOString(),
      service: { id: S1, name: { fi: 'Perheneuvola', sv: 'Familjerådgivning' } },
    });
    expect(created.articles).toEqual([
      { id: 'a1', title: { fi: 'Vauvan uni', sv: 'Babyns sömn' } },
      { id: 'a2', title: { fi: 'Unikoulu', sv: '' } },
      { id: 'a3', title: { fi: 'Yövalvominen', sv: '' } },
    ]);
  });

  it('a rule flag covers only the article it was raised in', async () => {
    expect(coverageIds((await f.caller.flags.create(flag({ target: 'rule', articleId: 'a3' }))).articles)).toEqual(['a3']);
  });

  it('returns the identical open flag instead of repeating it, also when raised from another article', async () => {
    const first = await f.caller.flags.create(flag());
    const again = await f.as('Toinen Arvioija').flags.create(flag({ reason: 'sama taas' }));
    const fromA2 = await f.caller.flags.create(flag({ articleId: 'a2' }));
    expect([again.created, again.id, again.reason, again.createdBy]).toEqual([false, first.id, first.reason, 'Riikka Arvioija']);
    expect([fromA2.created, fromA2.id]).toEqual([false, first.id]);
    // For the rule, each article is its own flag.
    const ruleA1 = await f.caller.flags.create(flag({ target: 'rule' }));
    const ruleA2 = await f.caller.flags.create(flag({ target: 'rule', articleId: 'a2' }));
    expect([ruleA1.created, ruleA2.created]).toEqual([true, true]);
    expect(new Set([first.id, ruleA1.id, ruleA2.id]).size).toBe(3);
    expect(await f.caller.flags.list({ region: REGION })).toHaveLength(3);
  });

  // An unknown article is NOT_FOUND since sign-in landed (the access check looks it up first); the rest are BAD_REQUEST.
  const rejections: [string, Partial<CreateFlagInput>, string, 'BAD_REQUEST' | 'NOT_FOUND'][] = [
    ['a keyword the service does not have', { itemValue: K2 }, 'is not one of the reasons', 'BAD_REQUEST'],
    // S1 has class P9.1, but a1 selects by keyword, so the class is not why it surfaces there.
    ['an item the service has that is no reason in this article', { itemKind: 'serviceClasses', itemValue: 'P9.1' }, 'is not one of the reasons', 'BAD_REQUEST'],
    ['another area than the one that let it in', { itemKind: 'area', itemValue: 'Municipality:407' }, 'is not one of the reasons', 'BAD_REQUEST'],
    ['a service that does not surface in the article', { serviceId: S3 }, 'does not surface', 'BAD_REQUEST'],
    ['an unknown article', { articleId: 'nope' }, 'unknown article', 'NOT_FOUND'],
    ['an unknown region', { region: '77' }, 'unknown region', 'BAD_REQUEST'],
    ['a reason under three characters', { reason: ' ab ' }, 'reason', 'BAD_REQUEST'],
  ];
  it.each(rejections)('rejects %s with its code and stores nothing', async (_label, fields, message, code) => {
    const error = await f.caller.flags.create(flag(fields)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    expect(String((error as Error).message)).toContain(message);
    expect(await f.caller.flags.list({ region: REGION })).toEqual([]);
  });
});

describe('flags.list and the article view', () => {
  it('lists open flags newest first, narrowed by service or by an article the flag covers', async () => {
    const keyword = await f.caller.flags.create(flag());
    const rule = await f.caller.flags.create(flag({ serviceId: S6, target: 'rule', articleId: 'a2' }));
    const ids = async (filter: { articleId?: string; serviceId?: string }) => (await f.caller.flags.list({ region: REGION, ...filter })).map((x) => x.id);
    expect(await ids({})).toEqual([rule.id, keyword.id]);
    expect(await ids({ serviceId: S1 })).toEqual([keyword.id]);
    expect(await ids({ articleId: 'a3' })).toEqual([keyword.id]); // covered, though raised in a1
    expect(await ids({ articleId: 'a2' })).toEqual([rule.id, keyword.id]);
    expect(await ids({ articleId: 'a4' })).toEqual([]);
    expect(await f.caller.flags.list({ region: '02' })).toEqual([]);
    expect((await f.caller.flags.list({ region: REGION }))[1]?.articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('shows a flag on the items of every covered article, and a rule flag only in its article', async () => {
    const keyword = await f.caller.flags.create(flag());
    const rule = await f.caller.flags.create(flag({ serviceId: S6, target: 'rule' }));
    const flagsOn = async (articleId: string) =>
      Object.fromEntries((await f.caller.articles.diff({ region: REGION, articleId })).items.map((i) => [i.serviceId, i.flags.map((x) => x.id)]));
    expect(await flagsOn('a1')).toEqual({ [S1]: [keyword.id], [S6]: [rule.id] });
    expect(await flagsOn('a3')).toEqual({ [S1]: [keyword.id], [S6]: [] });
    expect(await flagsOn('a4')).toEqual({ [S1]: [] });
  });
});

describe('flags.withdraw', () => {
  it('withdraws an open flag once; it leaves the lists and can be raised again', async () => {
    const created = await f.caller.flags.create(flag());
    expect(await f.caller.flags.withdraw({ id: created.id })).toEqual({ id: created.id, status: 'withdrawn' });
    expect(await f.caller.flags.list({ region: REGION })).toEqual([]);
    expect((await f.caller.articles.diff({ region: REGION, articleId: 'a2' })).items.every((i) => i.flags.length === 0)).toBe(true);
    await expect(f.caller.flags.withdraw({ id: created.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const again = await f.caller.flags.create(flag());
    expect(again.created).toBe(true);
    expect(again.id).not.toBe(created.id);
  });

  it('answers an unknown flag with NOT_FOUND', async () => {
    await expect(f.caller.flags.withdraw({ id: 4242 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
