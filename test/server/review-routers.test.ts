/**
 * Every review procedure through createCaller: one valid call that must succeed, and bad input
 * (extra keys, empty or oversized strings, wrong types, unknown ids) answered with the 4xx code
 * the API promises. The tables are checked against the router, so a new procedure needs a row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../server/routers/_app';
import { K1, REGION, S1, S3, reviewFixture, type Caller } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
let flagId: number;
beforeAll(async () => {
  f = await reviewFixture();
  flagId = (await f.caller.flags.create({ region: REGION, articleId: 'a1', serviceId: S1, itemKind: 'keywords', itemValue: K1, target: 'service', reason: 'väärä' })).id;
});
afterAll(() => f.cleanup());

type Input = Record<string, unknown>;
const call = (path: string, input?: unknown): Promise<unknown> => {
  const [group, name] = path.split('.') as [string, string];
  const procedures = (f.caller as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[group]!;
  return procedures[name]!(input);
};
const long = (n: number) => 'x'.repeat(n);
const bilingual = { fi: 'Nimi', sv: 'Namn' };

/** A valid input per procedure that takes one; `check` says what the result must show. */
const valid: Record<string, { input: Input; check: (result: never) => void }> = {
  'articles.list': { input: { region: REGION, compareSnapshot: 1 }, check: (r: { articles: unknown[] }) => expect(r.articles).toHaveLength(5) },
  'articles.diff': { input: { region: REGION, articleId: 'a4' }, check: (r: { items: { serviceId: string }[] }) => expect(r.items.map((i) => i.serviceId)).toEqual([S1]) },
  'decisions.set': { input: { region: REGION, articleId: 'a5', serviceIds: [S3], decision: 'exclude', note: null }, check: (r) => expect(r).toEqual({ changed: 1 }) },
  'decisions.clear': { input: { articleId: 'a5', serviceIds: [S3] }, check: (r) => expect(r).toEqual({ removed: 1 }) },
  'flags.coverage': { input: { region: REGION, articleId: 'a4', serviceId: S1, itemKind: 'serviceClasses', itemValue: 'P9.1', target: 'service' }, check: (r: { id: string }[]) => expect(r.map((a) => a.id)).toEqual(['a4']) },
  'flags.create': { input: { region: REGION, articleId: 'a4', serviceId: S1, itemKind: 'serviceClasses', itemValue: 'P9.1', target: 'rule', reason: 'luokka väärin' }, check: (r) => expect(r).toMatchObject({ created: true, target: 'rule' }) },
  'flags.list': { input: { region: REGION, articleId: 'a3', serviceId: null }, check: (r: { id: number }[]) => expect(r.map((x) => x.id)).toContain(flagId) },
  'flags.withdraw': { input: { id: 1 }, check: (r) => expect(r).toEqual({ id: 1, status: 'withdrawn' }) },
  'descriptionRequests.create': {
    input: { region: REGION, name: bilingual, summary: bilingual, description: bilingual, organizationName: 'Kunta', keywords: [], serviceClasses: [], targetGroups: [], articleIds: ['a5'] },
    check: (r: { id: number }) => expect(r.id).toBeGreaterThan(0),
  },
  'descriptionRequests.list': { input: { region: REGION, articleId: 'a5' }, check: (r: unknown[]) => expect(r).toHaveLength(1) },
  'comments.add': { input: { articleId: 'a5', serviceId: null, body: 'hei' }, check: (r) => expect(r).toMatchObject({ articleId: 'a5', body: 'hei' }) },
  'comments.list': { input: { articleId: 'a5' }, check: (r: unknown[]) => expect(r).toHaveLength(1) },
  'services.search': { input: { region: REGION, query: 'perheneuvola' }, check: (r: { total: number }) => expect(r.total).toBe(1) },
  'services.detail': { input: { region: REGION, serviceId: S1 }, check: (r: { articles: unknown[] }) => expect(r.articles).toHaveLength(4) },
  'services.explain': { input: { region: REGION, articleId: 'a1', serviceId: S3 }, check: (r) => expect(r).toMatchObject({ absence: { reason: 'outside_region' } }) },
};
const withoutInput = ['catalogue.snapshots', 'catalogue.regions', 'catalogue.organizations', 'catalogue.codeLabels', 'catalogue.municipalities'];

type Code = 'BAD_REQUEST' | 'NOT_FOUND' | 'CONFLICT';
const with_ = (path: string, fields: Input): Input => ({ ...valid[path]!.input, ...fields });
/** [procedure, what is wrong, input, code]; every procedure with input also gets an extra-key row. */
const bad: [string, string, Input, Code][] = [
  ...Object.keys(valid).map((path): [string, string, Input, Code] => [path, 'an extra key', with_(path, { extra: 1 }), 'BAD_REQUEST']),
  ['articles.list', 'an empty region', { region: '   ' }, 'BAD_REQUEST'],
  ['articles.list', 'an oversized region', { region: long(21) }, 'BAD_REQUEST'],
  ['articles.list', 'an unknown region', { region: 'zz' }, 'BAD_REQUEST'],
  ['articles.list', 'a snapshot id that is not a positive integer', { region: REGION, compareSnapshot: 1.5 }, 'BAD_REQUEST'],
  ['articles.list', 'no input at all', {}, 'BAD_REQUEST'],
  ['articles.diff', 'an unknown article', with_('articles.diff', { articleId: 'nope' }), 'BAD_REQUEST'],
  ['articles.diff', 'an oversized article id', with_('articles.diff', { articleId: long(201) }), 'BAD_REQUEST'],
  ['decisions.set', 'no services', with_('decisions.set', { serviceIds: [] }), 'BAD_REQUEST'],
  ['decisions.set', 'more than 500 services', with_('decisions.set', { serviceIds: Array.from({ length: 501 }, (_, i) => `s${i}`) }), 'BAD_REQUEST'],
  ['decisions.set', 'an oversized service id', with_('decisions.set', { serviceIds: [long(101)] }), 'BAD_REQUEST'],
  ['decisions.set', 'an unknown decision', with_('decisions.set', { decision: 'maybe' }), 'BAD_REQUEST'],
  ['decisions.set', 'an oversized note', with_('decisions.set', { note: long(2001) }), 'BAD_REQUEST'],
  ['decisions.set', 'an unknown article', with_('decisions.set', { articleId: 'nope' }), 'BAD_REQUEST'],
  ['decisions.set', 'an unknown region', with_('decisions.set', { region: 'zz' }), 'BAD_REQUEST'],
  ['decisions.clear', 'an empty article id', with_('decisions.clear', { articleId: '' }), 'BAD_REQUEST'],
  ['decisions.clear', 'a service id that is not a string', with_('decisions.clear', { serviceIds: [5] }), 'BAD_REQUEST'],
  ['flags.coverage', 'an unknown item kind', with_('flags.coverage', { itemKind: 'colour' }), 'BAD_REQUEST'],
  ['flags.coverage', 'an unknown target', with_('flags.coverage', { target: 'everyone' }), 'BAD_REQUEST'],
  // Elsewhere an unknown region is BAD_REQUEST (or an empty list); here it is NOT_FOUND, from the workspace.
  ['flags.coverage', 'an unknown region', with_('flags.coverage', { region: 'zz' }), 'NOT_FOUND'],
  ['flags.create', 'an empty item value', with_('flags.create', { itemValue: ' ' }), 'BAD_REQUEST'],
  ['flags.create', 'an oversized reason', with_('flags.create', { reason: long(2001) }), 'BAD_REQUEST'],
  ['flags.create', 'a service that does not surface there', with_('flags.create', { serviceId: S3 }), 'BAD_REQUEST'],
  ['flags.list', 'an empty region', { region: '' }, 'BAD_REQUEST'],
  ['flags.withdraw', 'id zero', { id: 0 }, 'BAD_REQUEST'],
  ['flags.withdraw', 'an id as a string', { id: '1' }, 'BAD_REQUEST'],
  ['flags.withdraw', 'an unknown flag', { id: 987654 }, 'NOT_FOUND'],
  ['descriptionRequests.create', 'no Swedish description', with_('descriptionRequests.create', { description: { fi: 'Kuvaus' } }), 'BAD_REQUEST'],
  ['descriptionRequests.create', 'an extra language', with_('descriptionRequests.create', { name: { ...bilingual, en: 'Name' } }), 'BAD_REQUEST'],
  ['descriptionRequests.create', 'an oversized description', with_('descriptionRequests.create', { description: { fi: long(5001), sv: 'x' } }), 'BAD_REQUEST'],
  ['descriptionRequests.create', 'more than 50 keywords', with_('descriptionRequests.create', { keywords: Array.from({ length: 51 }, (_, i) => `k${i}`) }), 'BAD_REQUEST'],
  ['descriptionRequests.create', 'an unknown article', with_('descriptionRequests.create', { articleIds: ['nope'] }), 'BAD_REQUEST'],
  ['descriptionRequests.list', 'an oversized article id', { region: REGION, articleId: long(201) }, 'BAD_REQUEST'],
  ['comments.list', 'an empty article id', { articleId: '' }, 'BAD_REQUEST'],
  ['comments.add', 'an empty body', with_('comments.add', { body: '' }), 'BAD_REQUEST'],
  ['comments.add', 'an unknown article', with_('comments.add', { articleId: 'nope' }), 'BAD_REQUEST'],
  ['services.search', 'a zero limit', with_('services.search', { limit: 0 }), 'BAD_REQUEST'],
  ['services.search', 'a limit over 500', with_('services.search', { limit: 501 }), 'BAD_REQUEST'],
  ['services.search', 'a negative offset', with_('services.search', { offset: -1 }), 'BAD_REQUEST'],
  ['services.search', 'an oversized query', with_('services.search', { query: long(201) }), 'BAD_REQUEST'],
  ['services.search', 'an unknown area', with_('services.search', { areas: ['local'] }), 'BAD_REQUEST'],
  ['services.search', 'an unknown language state', with_('services.search', { languages: ['en'] }), 'BAD_REQUEST'],
  ['services.search', 'an unknown region', with_('services.search', { region: 'zz' }), 'BAD_REQUEST'],
  ['services.detail', 'an empty service id', with_('services.detail', { serviceId: '' }), 'BAD_REQUEST'],
  ['services.detail', 'a service not in the snapshot', with_('services.detail', { serviceId: 'nope' }), 'NOT_FOUND'],
  ['services.explain', 'an unknown article', with_('services.explain', { articleId: 'nope' }), 'BAD_REQUEST'],
  ['services.explain', 'an unknown region', with_('services.explain', { region: 'zz' }), 'BAD_REQUEST'],
];

describe('the tables cover the router', () => {
  it('has a valid call and bad-input rows for every procedure that takes input', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect([...Object.keys(valid), ...withoutInput].sort()).toEqual(procedures);
    for (const path of Object.keys(valid)) expect(bad.filter(([p]) => p === path).length, path).toBeGreaterThanOrEqual(2);
  });
});

describe('valid calls', () => {
  // In order: later rows read what earlier rows wrote (the flag withdrawn, the request listed).
  it.each(Object.entries(valid))('%s', async (path, { input, check }) => {
    check((await call(path, input)) as never);
  });

  it.each(withoutInput)('%s answers without input', async (path) => {
    expect(await call(path)).toBeTruthy();
  });
});

describe('bad input', () => {
  it.each(bad)('%s rejects %s', async (path, _label, input, code) => {
    await expect(call(path, input)).rejects.toMatchObject({ name: 'TRPCError', code });
  });

  it('changes nothing when a mutation is rejected', async () => {
    const before = await snapshotState(f.caller);
    for (const [path, , input] of bad.filter(([p]) => /\.(set|clear|create|withdraw|add)$/.test(p))) await call(path, input).catch(() => undefined);
    expect(await snapshotState(f.caller)).toEqual(before);
  });
});

async function snapshotState(caller: Caller) {
  return {
    articles: (await caller.articles.list({ region: REGION })).articles.map((a) => [a.id, a.decisions, a.counts]),
    flags: (await caller.flags.list({ region: REGION })).map((x) => x.id),
    requests: (await caller.descriptionRequests.list({ region: REGION })).map((r) => r.id),
    comments: await Promise.all(['a1', 'a5'].map((articleId) => caller.comments.list({ articleId }))),
  };
}
