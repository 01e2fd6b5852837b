import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { upsertApprovedDecisions } from '../../db/queries/decisions';
import { writeTransaction } from '../../db/client';
import { CatalogueCache } from '../../server/services/catalogue-cache';
import { ReviewCache } from '../../server/services/review-cache';
import { REGION, S1, S2, S6, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => {
  f = await reviewFixture();
});
afterEach(() => f.cleanup());

/** What a cold cache computes from the database as it is now. */
function freshRegion() {
  const catalogue = new CatalogueCache(f.context.handle);
  return new ReviewCache(f.context.handle, catalogue).region(REGION);
}

describe('review cache', () => {
  it('after a run of our own writes, the patched region equals a full recompute', async () => {
    await f.caller.articles.list({ region: REGION });
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: 0 });
    await f.caller.comments.add({ articleId: 'a2', body: 'note' });
    await f.caller.decisions.set({ region: REGION, articleId: 'a2', serviceIds: [S1, S2], decision: 'exclude', baseVersion: 0 });
    await f.caller.decisions.set({ region: REGION, articleId: 'a3', serviceIds: [S6], decision: 'include', baseVersion: 0 });
    await f.caller.decisions.clear({ region: REGION, articleId: 'a2', serviceIds: [S2], baseVersion: 1 });
    const patched = f.context.review.region(REGION);
    const fresh = freshRegion();
    expect([...patched.diffs.entries()]).toEqual([...fresh.diffs.entries()]);
    expect([...patched.activity.entries()].sort()).toEqual([...fresh.activity.entries()].sort());
    expect(patched.diffs.get('a2')?.counts).toMatchObject({ unwanted: 1, unreviewed: 2 });
  });

  it('our own writes do not force a full recompute of the region', async () => {
    const first = f.context.review.region(REGION);
    const diffsBefore = first.diffs;
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: 0 });
    const after = f.context.review.region(REGION);
    expect(after).toBe(first);
    expect(after.diffs).toBe(diffsBefore);
    expect(after.diffs.get('a1')?.counts.ok).toBe(1);
  });

  it('a decision written by another connection (e.g. the CLI) shows on the next read', async () => {
    expect((await f.caller.articles.list({ region: REGION })).articles.find((a) => a.id === 'a3')?.counts.ok).toBe(0);
    const other = createDb(f.context.handle.path);
    try {
      writeTransaction(other, () => upsertApprovedDecisions(other, [{ articleId: 'a3', serviceId: S1, decision: 'include', decidedBy: 'cli', note: null, serviceHash: null }], new Date().toISOString(), 'import'));
    } finally {
      other.close();
    }
    const row = (await f.caller.articles.list({ region: REGION })).articles.find((a) => a.id === 'a3');
    expect(row?.counts.ok).toBe(1);
    expect(row?.lastReviewedBy).toBe('cli');
  });
});
