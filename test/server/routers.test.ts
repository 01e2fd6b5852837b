import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importArticlesData } from '../../server/import/import-articles';
import { importPtv } from '../../server/import/import-ptv';
import { ArraySource } from '../../server/import/array-source';
import { appRouter } from '../../server/routers/_app';
import { createCallerFactory } from '../../server/trpc';
import { syntheticService } from '../helpers/synthetic-ptv';
import { testContext } from '../helpers/test-app';
import { userNamed } from '../helpers/test-users';
import { asUser } from '../../server/services/create-context';

const createCaller = createCallerFactory(appRouter);
let env: ReturnType<typeof testContext>;

beforeEach(async () => {
  env = testContext();
  await importPtv(env.handle, new ArraySource('test', [syntheticService(1), syntheticService(2, { publishingStatus: 'Draft' })]));
  importArticlesData(env.handle, { articles: [{ id: 'a', title: { fi: 'A' }, topic: 'vauva', rule: { targetGroups: ['KR1'] } }, { id: 'b', title: { fi: 'B', sv: 'B sv' } }] }, 'test');
  // Reading needs someone signed in; a viewer may read everything.
  Object.assign(env.context, asUser(env.context, userNamed(env.handle, 'Ville Katselija', 'viewer')));
});
afterEach(() => env.cleanup());

describe('routers through createCaller', () => {
  it('lists articles with diff counts in a region', async () => {
    const caller = createCaller(env.context);
    const result = await caller.articles.list({ region: '01' });
    expect(result.snapshot).toBe(1);
    expect(result.articles.map((a) => [a.id, a.counts.unreviewed])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
  });

  it('gives one article diff with reasons', async () => {
    const caller = createCaller(env.context);
    const detail = await caller.articles.diff({ region: '01', articleId: 'a' });
    expect(detail.items[0]?.reasons).toMatchObject({ targetGroups: ['KR1.2'], areaVia: 'Municipality:407' });
  });

  it('answers an unknown article with NOT_FOUND and strict inputs reject extra keys', async () => {
    const caller = createCaller(env.context);
    // NOT_FOUND (was BAD_REQUEST before sign-in landed): the access check looks the article up first.
    await expect(caller.articles.diff({ region: '01', articleId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.articles.list({ region: '01', extra: 1 } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('answers anonymous callers with UNAUTHORIZED', async () => {
    const anonymous = createCaller(asUser(env.context, null));
    await expect(anonymous.articles.list({ region: '01' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(anonymous.catalogue.regions()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('lists snapshots and regions', async () => {
    const caller = createCaller(env.context);
    expect((await caller.catalogue.snapshots())[0]).toMatchObject({ id: 1, serviceCount: 2, shapes: { v8: 2 } });
    expect(await caller.catalogue.regions()).toHaveLength(22);
  });
});
