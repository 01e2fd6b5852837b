/**
 * No lost updates on approved decisions: two people changing the same pair from the same
 * decisions version — one wins, the other is told who changed what; changes to different
 * services, or one person's own quick succession, are not conflicts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import { importDecisions } from '../../server/import/import-decisions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REGION, S1, S6, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => (f = await reviewFixture()));
afterEach(() => f.cleanup());

const at = (hour: number) => new Date(`2026-11-21T${String(hour).padStart(2, '0')}:00:00.000Z`);
const version = async () => (await f.caller.articles.diff({ region: REGION, articleId: 'a1' })).decisionsVersion;
const decisionOf = async (serviceId: string) => (await f.caller.articles.diff({ region: REGION, articleId: 'a1' })).items.find((i) => i.serviceId === serviceId)?.decision;

describe('two people, the same base version', () => {
  it('the same service at once: exactly one succeeds, the other gets CONFLICT naming the first and the service', async () => {
    const leena = f.as('Leena Palveluvastaava', at(8));
    const pekka = f.as('Pekka Perhetyöntekijä', at(9));
    const base = await version();
    const results = await Promise.allSettled([
      leena.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: base }),
      pekka.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'exclude', baseVersion: base }),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    // Calls run in the order made, so Leena's is first.
    expect(results[0]).toEqual({ status: 'fulfilled', value: { version: base + 1, changed: 1 } });
    const error = rejected[0]!.reason as TRPCError;
    expect(error).toBeInstanceOf(TRPCError);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Leena Palveluvastaava');
    expect(error.cause).toMatchObject({
      details: { changes: [{ by: 'Leena Palveluvastaava', at: at(8).toISOString(), what: 'decision.set', serviceId: S1, serviceName: 'Perheneuvola', from: null, to: 'include' }] },
    });
    // Leena's decision stands.
    expect(await decisionOf(S1)).toMatchObject({ decision: 'include', decidedBy: 'Leena Palveluvastaava' });
  });

  it('after the conflict, retrying on the new version succeeds', async () => {
    const leena = f.as('Leena Palveluvastaava', at(8));
    const pekka = f.as('Pekka Perhetyöntekijä', at(9));
    const base = await version();
    await leena.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: base });
    await expect(pekka.decisions.clear({ region: REGION, articleId: 'a1', serviceIds: [S1], baseVersion: base })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await pekka.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'exclude', baseVersion: await version() })).toEqual({ version: base + 2, changed: 1 });
    expect(await decisionOf(S1)).toMatchObject({ decision: 'exclude', decidedBy: 'Pekka Perhetyöntekijä' });
  });

  it('different services of the same article: both succeed, nothing is overwritten', async () => {
    const leena = f.as('Leena Palveluvastaava', at(8));
    const pekka = f.as('Pekka Perhetyöntekijä', at(9));
    const base = await version();
    const results = await Promise.allSettled([
      leena.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: base }),
      pekka.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S6], decision: 'exclude', baseVersion: base }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(await decisionOf(S1)).toMatchObject({ decision: 'include', decidedBy: 'Leena Palveluvastaava' });
    expect(await decisionOf(S6)).toMatchObject({ decision: 'exclude', decidedBy: 'Pekka Perhetyöntekijä' });
    expect(await version()).toBe(base + 2);
  });

  it('a base newer than the article has is refused (the screen must reload)', async () => {
    await expect(f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: (await version()) + 5 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('one person in quick succession', () => {
  it('their own earlier changes on a stale base are no conflict', async () => {
    const leena = f.as('Leena Palveluvastaava', at(8));
    const base = await version();
    await leena.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: base });
    await leena.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'exclude', baseVersion: base });
    expect(await leena.decisions.clear({ region: REGION, articleId: 'a1', serviceIds: [S1], baseVersion: base })).toMatchObject({ version: base + 3, removed: 1 });
    expect(await decisionOf(S1)).toBeNull();
  });
});

describe('an approved list imported from the command line meanwhile', () => {
  it('a change on a screen loaded before the import is a conflict naming the import, not a silent overwrite', async () => {
    const base = await version();
    const dir = mkdtempSync(join(tmpdir(), 'lp-conflict-'));
    try {
      const csv = join(dir, 'decisions.csv');
      writeFileSync(csv, `article_id,service_id,decision,decided_by\na1,${S1},exclude,Taulukko 2025\n`);
      await importDecisions(f.context.handle, csv, { now: () => at(7) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const stale = f.as('Leena Palveluvastaava', at(8)).decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: base });
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', cause: { details: { changes: [{ by: 'Taulukko 2025', serviceId: S1, to: 'exclude' }] } } });
    expect((await decisionOf(S1))?.decision).toBe('exclude');
    // Another service of the same article is no conflict.
    await expect(f.as('Leena Palveluvastaava', at(8)).decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S6], decision: 'include', baseVersion: base })).resolves.toMatchObject({ changed: 1 });
  });
});
