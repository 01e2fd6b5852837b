/**
 * Editing an article's rule (rules.get / rules.update): managers only, checked as the
 * articles importer checks a rule, recorded in history, and never a lost update — two
 * managers editing from the same version, the second is refused naming the first.
 */
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listHistory } from '../../db/queries/history';
import { importArticlesData } from '../../server/import/import-articles';
import { asUser } from '../../server/services/create-context';
import { refusal } from '../helpers/refusal';
import { userNamed } from '../helpers/test-users';
import { ARTICLES, CLOCK, K1, K2, K3, REGION, S1, S2, S6, createCaller, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => (f = await reviewFixture()));
afterEach(() => f.cleanup());

const later = new Date('2026-11-21T08:30:00.000Z');
const empty = { keywords: [], serviceClasses: [], targetGroups: [], lifeEvents: [], excludeKeywords: [], pinned: [], blocked: [] };
const surfacing = async (articleId: string) => (await f.caller.articles.diff({ region: REGION, articleId })).items.filter((i) => i.reasons !== null).map((i) => i.serviceId);

describe('rules.get', () => {
  it('gives the stored rule, its version and who wrote it last (the import here)', async () => {
    expect(await f.caller.rules.get({ articleId: 'a2' })).toEqual({ articleId: 'a2', rule: { ...empty, keywords: [K1, K2] }, version: 1, updatedBy: 'import', updatedAt: expect.any(String) });
  });

  it('is NOT_FOUND for an unknown article', async () => {
    expect((await refusal(f.caller.rules.get({ articleId: 'nope' }))).code).toBe('NOT_FOUND');
  });
});

describe('rules.update', () => {
  it('replaces the rule, bumps the version, records before and after, and surfacing follows at once', async () => {
    expect(await surfacing('a5')).toEqual([]);
    const päivi = f.as('Päivi Projektipäällikkö', later);
    expect(await päivi.rules.update({ articleId: 'a5', version: 1, rule: { keywords: [K1], blocked: [S6.toUpperCase()] } })).toEqual({ version: 2, changed: true });
    expect(await f.caller.rules.get({ articleId: 'a5' })).toEqual({
      articleId: 'a5',
      rule: { ...empty, keywords: [K1], blocked: [S6] },
      version: 2,
      updatedBy: 'Päivi Projektipäällikkö',
      updatedAt: later.toISOString(),
    });
    expect(await surfacing('a5')).toEqual([S1]);
    const events = listHistory(f.context.handle, { articleId: 'a5', limit: 10 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'rule.changed',
      userName: 'Päivi Projektipäällikkö',
      at: later.toISOString(),
      articleId: 'a5',
      data: { version: 2, before: { ...empty, keywords: [K3] }, after: { ...empty, keywords: [K1], blocked: [S6] } },
    });
  });

  it('the same rule again changes nothing and records nothing', async () => {
    expect(await f.caller.rules.update({ articleId: 'a1', version: 1, rule: { keywords: [` ${K1} `] } })).toEqual({ version: 1, changed: false });
    expect(listHistory(f.context.handle, { articleId: 'a1', limit: 10 })).toEqual([]);
  });

  it('two managers from the same version: the first saves, the second gets CONFLICT naming the first', async () => {
    const päivi = f.as('Päivi Projektipäällikkö', later);
    const outi = f.as('Outi Suunnittelija', new Date('2026-11-21T09:00:00.000Z'));
    const { version } = await outi.rules.get({ articleId: 'a2' });
    const [first, second] = await Promise.allSettled([
      päivi.rules.update({ articleId: 'a2', version, rule: { keywords: [K2] } }),
      outi.rules.update({ articleId: 'a2', version, rule: { keywords: [K1] } }),
    ]);
    expect(first).toEqual({ status: 'fulfilled', value: { version: version + 1, changed: true } });
    expect(second.status).toBe('rejected');
    const error = (second as PromiseRejectedResult).reason as TRPCError;
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Päivi Projektipäällikkö');
    expect(error.cause).toMatchObject({ details: { changes: [{ by: 'Päivi Projektipäällikkö', at: later.toISOString(), what: 'rule.changed' }] } });
    // Päivi's rule stands; Outi's is not written over it.
    expect((await f.caller.rules.get({ articleId: 'a2' })).rule.keywords).toEqual([K2]);
    // Reloaded, Outi's edit goes through on the new version.
    expect(await outi.rules.update({ articleId: 'a2', version: version + 1, rule: { keywords: [K1] } })).toEqual({ version: version + 2, changed: true });
  });

  it('an import that changes the rule moves the version, so an editor holding the old one conflicts', async () => {
    importArticlesData(f.context.handle, { articles: ARTICLES.map((a) => (a.id === 'a3' ? { ...a, rule: { keywords: [K2] } } : a)) }, 'articles.json', { now: () => later, by: 'articles.json' });
    const error = await refusal(f.caller.rules.update({ articleId: 'a3', version: 1, rule: { keywords: [K3] } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.cause).toMatchObject({ details: { changes: [{ by: 'articles.json', at: later.toISOString(), what: 'rule.changed' }] } });
  });

  it('a version newer than the stored one is a CONFLICT too (the editor must reload)', async () => {
    expect((await refusal(f.caller.rules.update({ articleId: 'a1', version: 7, rule: { keywords: [K2] } }))).code).toBe('CONFLICT');
  });

  it.each([
    ['an empty keyword', { keywords: [''] }, '$.keywords[0]'],
    ['a list that is not a list', { serviceClasses: 'P3' }, '$.serviceClasses'],
    ['an oversized value', { targetGroups: ['x'.repeat(501)] }, '$.targetGroups[0]'],
    ['a misspelt field', { keyword: [K1] }, 'keyword'],
  ])('refuses %s with BAD_REQUEST naming the field, and writes nothing', async (_what, rule, field) => {
    const error = await refusal(f.caller.rules.update({ articleId: 'a1', version: 1, rule }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain(field);
    expect((await f.caller.rules.get({ articleId: 'a1' })).version).toBe(1);
    expect(listHistory(f.context.handle, { articleId: 'a1', limit: 10 })).toEqual([]);
  });

  it('an unknown article is NOT_FOUND for a manager', async () => {
    expect((await refusal(f.caller.rules.update({ articleId: 'nope', version: 1, rule: {} }))).code).toBe('NOT_FOUND');
  });

  it.each([
    ['lead of the topic', 'lead', ['vauva']],
    ['participant', 'participant', []],
    ['viewer', 'viewer', []],
  ] as const)('a %s may read the rule but not change it (FORBIDDEN)', async (_who, role, topics) => {
    const caller = createCaller({ ...asUser(f.context, userNamed(f.context.handle, `Testi ${role}`, role, topics)), now: () => CLOCK });
    expect((await refusal(caller.rules.update({ articleId: 'a1', version: 1, rule: { keywords: [K2] } }))).code).toBe('FORBIDDEN');
    if (role !== 'participant') expect((await caller.rules.get({ articleId: 'a1' })).version).toBe(1);
    expect((await f.caller.rules.get({ articleId: 'a1' })).rule.keywords).toEqual([K1]);
  });

  it('signed out: UNAUTHORIZED', async () => {
    const anonymous = createCaller({ ...asUser(f.context, null), now: () => CLOCK });
    expect((await refusal(anonymous.rules.update({ articleId: 'a1', version: 1, rule: {} }))).code).toBe('UNAUTHORIZED');
    expect((await refusal(anonymous.rules.get({ articleId: 'a1' }))).code).toBe('UNAUTHORIZED');
  });

  it('the input is strict and bounded', async () => {
    expect((await refusal(f.caller.rules.update({ articleId: 'a1', version: 1, rule: {}, extra: 1 } as never))).code).toBe('BAD_REQUEST');
    expect((await refusal(f.caller.rules.update({ articleId: 'a1', version: 0, rule: {} }))).code).toBe('BAD_REQUEST');
    expect((await refusal(f.caller.rules.get({ articleId: 'a1', extra: 1 } as never))).code).toBe('BAD_REQUEST');
  });
});

// S2 is national and surfaces in a2 by K2: a rule without K2 drops it there.
describe('surfacing after a rule change', () => {
  it('a narrower rule stops a service surfacing in the article diff', async () => {
    expect(await surfacing('a2')).toContain(S2);
    await f.caller.rules.update({ articleId: 'a2', version: 1, rule: { keywords: [K1] } });
    expect(await surfacing('a2')).not.toContain(S2);
  });
});
