/**
 * Sign-off and send-back of an article's link set by a lead of its topic, and drift: after a
 * new import, a signed-off article lists exactly what changed since, and the article list
 * says 'drifted' — or still 'approved' when nothing did.
 */
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain/permissions';
import { findUserById } from '../../db/queries/users';
import { demoCountyName } from '../../server/demo/demo-geography';
import { seedDemo } from '../../server/demo/seed-demo';
import { seedDemoPeople } from '../../server/demo/seed-demo-people';
import { asUser } from '../../server/services/create-context';
import { testAuthSettings, testContext } from '../helpers/test-app';
import { userNamed } from '../helpers/test-users';
import { CLOCK, K1, K4, K5, REGION, S1, S2, S5, S6, createCaller, importSecondSnapshot, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => (f = await reviewFixture()));
afterEach(() => f.cleanup());

const LEAD = 'Leena Palveluvastaava';
const person = (name: string, role: Role, topics: string[] = []) => createCaller({ ...asUser(f.context, userNamed(f.context.handle, name, role, topics)), now: () => CLOCK });
const lead = () => person(LEAD, 'lead', ['vauva']);
const terms = (...uris: string[]) => uris.map((uri) => ({ uri, name: [] }));

const version = async (articleId: string) => (await f.caller.articles.diff({ region: REGION, articleId })).decisionsVersion;
const decide = async (articleId: string, serviceIds: string[], decision: 'include' | 'exclude') =>
  f.caller.decisions.set({ region: REGION, articleId, serviceIds, decision, baseVersion: await version(articleId) });
const row = async (articleId: string) => (await f.caller.articles.list({ region: REGION })).articles.find((a) => a.id === articleId)!;
const state = (articleId: string) => f.caller.signoffs.state({ region: REGION, articleId });
const signOff = async (articleId: string, caller = lead()) => caller.signoffs.signOff({ region: REGION, articleId, baseVersion: await version(articleId) });
const codeOf = async (call: Promise<unknown>) => call.then(() => 'ok', (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));

/** a1 surfaces S1 and S6 in region 01: both decided, so it can be signed off. */
async function decideA1() {
  await decide('a1', [S1], 'include');
  await decide('a1', [S6], 'exclude');
}

describe('signOff', () => {
  it('a lead of the topic signs off a decided article: the snapshot and link set are recorded, the list says approved at once', async () => {
    await decideA1();
    expect((await row('a1')).status).toBe('waiting_approval');
    const done = await lead().signoffs.signOff({ region: REGION, articleId: 'a1', baseVersion: await version('a1'), comment: 'Hyvä lista' });
    expect(done).toMatchObject({ action: 'signed_off', by: LEAD, at: CLOCK.toISOString(), snapshotId: 1, comment: 'Hyvä lista' });
    // The list was built (and cached) before the sign-off; it must not hide it.
    expect(await row('a1')).toMatchObject({ status: 'approved', signedOffBy: LEAD, signedOffAt: CLOCK.toISOString() });
    expect((await f.caller.articles.diff({ region: REGION, articleId: 'a1' })).status).toBe('approved');
    expect(await state('a1')).toEqual({
      latest: { id: done.id, action: 'signed_off', at: CLOCK.toISOString(), by: LEAD, comment: 'Hyvä lista', snapshotId: 1 },
      drift: { began: [], stopped: [], contentChanged: [], decisions: [], drifted: false },
      status: 'approved',
      unreviewed: 0,
      snapshotId: 1,
    });
    const stored = f.context.handle.sqlite.prepare(`SELECT approved, surfacing, snapshot_id AS snapshotId FROM signoffs`).get() as { approved: string; surfacing: string; snapshotId: number };
    expect(JSON.parse(stored.approved)).toEqual([[S1, 'include'], [S6, 'exclude']]);
    expect((JSON.parse(stored.surfacing) as [string, string][]).map(([id, hash]) => [id, typeof hash])).toEqual([[S1, 'string'], [S6, 'string']]);
    const history = await f.caller.history.list({ articleId: 'a1' });
    expect(history.events[0]).toMatchObject({ kind: 'signoff.signed_off', userName: LEAD, regionCode: REGION, data: { signoffId: done.id, snapshotId: 1, comment: 'Hyvä lista' } });
  });

  it('only a lead of the article topic (or a manager) may sign off or send back', async () => {
    await decideA1();
    const outsiders = [person('Tuija Tukivastaava', 'lead', ['tuki']), person('Pekka Perhetyöntekijä', 'participant'), person('Ville Katselija', 'viewer')];
    for (const caller of outsiders) {
      expect(await codeOf(signOff('a1', caller))).toBe('FORBIDDEN');
      expect(await codeOf(caller.signoffs.sendBack({ region: REGION, articleId: 'a1', comment: 'ei' }))).toBe('FORBIDDEN');
    }
    expect(await codeOf(signOff('a4', lead()))).toBe('FORBIDDEN');
    expect(f.context.handle.sqlite.prepare(`SELECT count(*) FROM signoffs`).pluck().get()).toBe(0);
    expect(await codeOf(signOff('a1', f.caller))).toBe('ok');
  });

  it('refuses while services still wait for a decision, saying how many and where', async () => {
    await decide('a1', [S1], 'include');
    await expect(signOff('a1')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/1 service\(s\) surfacing in article "a1" in region 01 still wait for a decision/) });
    expect((await state('a1')).latest).toBeNull();
    expect((await state('a1')).unreviewed).toBe(1);
  });

  it('refuses a stale decisions version with CONFLICT naming who changed what since', async () => {
    await decideA1();
    const seen = await version('a1');
    await f.as('Päivi Projektipäällikkö').decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S6], decision: 'include', baseVersion: seen });
    const error = await lead().signoffs.signOff({ region: REGION, articleId: 'a1', baseVersion: seen }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('CONFLICT');
    expect((error as TRPCError).cause).toMatchObject({ details: { changes: [{ by: 'Päivi Projektipäällikkö', what: 'decision.set', serviceId: S6, from: 'exclude', to: 'include' }] } });
    expect(await codeOf(lead().signoffs.signOff({ region: REGION, articleId: 'a1', baseVersion: seen + 5 }))).toBe('CONFLICT');
    expect(await codeOf(signOff('a1'))).toBe('ok');
  });

  it('refuses with CONFLICT when a catalogue import arrived after the screen the lead signs off from', async () => {
    await decideA1();
    const seen = await f.caller.articles.diff({ region: REGION, articleId: 'a1' });
    const newer = await importSecondSnapshot(f.context, { 11: { serviceDescriptions: [{ language: 'fi', value: 'Uusi kuvaus', type: 'Summary' }] } });
    const stale = lead().signoffs.signOff({ region: REGION, articleId: 'a1', baseVersion: seen.decisionsVersion, snapshotId: seen.snapshot });
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`#${newer}`) });
    expect((await state('a1')).latest).toBeNull();
    await expect(lead().signoffs.signOff({ region: REGION, articleId: 'a1', baseVersion: seen.decisionsVersion, snapshotId: newer })).resolves.toMatchObject({ snapshotId: newer });
  });

  it('refuses an unknown region or article clearly', async () => {
    await expect(lead().signoffs.signOff({ region: '99', articleId: 'a1', baseVersion: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'unknown region "99"' });
    await expect(f.caller.signoffs.signOff({ region: REGION, articleId: 'nope', baseVersion: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('sendBack', () => {
  it('needs a comment; the list says sent back until a new sign-off', async () => {
    await decideA1();
    expect(await codeOf(lead().signoffs.sendBack({ region: REGION, articleId: 'a1', comment: '   ' }))).toBe('BAD_REQUEST');
    const sent = await lead().signoffs.sendBack({ region: REGION, articleId: 'a1', comment: 'Tarkista perhetyön palvelut' });
    expect(sent).toMatchObject({ action: 'sent_back', by: LEAD, comment: 'Tarkista perhetyön palvelut' });
    expect(await row('a1')).toMatchObject({ status: 'sent_back', signedOffBy: null, signedOffAt: null });
    expect(await state('a1')).toMatchObject({ latest: { action: 'sent_back', comment: 'Tarkista perhetyön palvelut' }, drift: null, status: 'sent_back' });
    expect((await f.caller.history.list({ articleId: 'a1' })).events[0]).toMatchObject({ kind: 'signoff.sent_back', data: { comment: 'Tarkista perhetyön palvelut' } });
    await signOff('a1');
    expect((await row('a1')).status).toBe('approved');
  });
});

describe('drift after a new import', () => {
  beforeEach(async () => {
    await decideA1();
    await decide('a2', [S1, S2], 'include');
    await decide('a2', [S6], 'exclude');
    await decide('a4', [S1], 'include');
    await signOff('a1');
    await signOff('a2');
    await signOff('a4', f.caller);
    // S5 gains K1 (begins in a1–a3), S2 loses K2 (stops in a2), S6's summary is rewritten;
    // a4 surfaces only S1 through its class, which stays as it was.
    await importSecondSnapshot(f.context, {
      5: { ontologyTerms: terms(K4, K1) },
      2: { ontologyTerms: terms(K5) },
      6: { serviceDescriptions: [{ language: 'fi', value: 'Uusi kuvaus', type: 'Summary' }, { language: 'sv', value: 'Ny beskrivning', type: 'Summary' }] },
    });
  });

  it('state lists exactly what changed since the sign-off, with service names', async () => {
    const a1 = await state('a1');
    expect(a1.status).toBe('drifted');
    expect(a1.latest).toMatchObject({ action: 'signed_off', snapshotId: 1 });
    expect(a1.snapshotId).toBe(2);
    expect(a1.drift).toEqual({
      began: [{ serviceId: S5, name: expect.any(Object) }],
      stopped: [],
      contentChanged: [{ serviceId: S6, name: { fi: '<script>alert(1)</script>', sv: 'Skript' } }],
      decisions: [],
      drifted: true,
    });
    const a2 = await state('a2');
    expect(a2.drift).toMatchObject({ began: [{ serviceId: S5 }], stopped: [{ serviceId: S2, name: { sv: 'Rikstjänst' } }], contentChanged: [{ serviceId: S6 }], decisions: [] });
    expect((await state('a4')).drift).toEqual({ began: [], stopped: [], contentChanged: [], decisions: [], drifted: false });
  });

  it('the article list says drifted where something changed and approved where nothing did', async () => {
    const list = await f.caller.articles.list({ region: REGION });
    expect(list.articles.map((a) => [a.id, a.status])).toEqual([
      ['a1', 'drifted'],
      ['a2', 'drifted'],
      ['a3', 'not_started'],
      ['a4', 'approved'],
      ['a5', 'not_started'],
    ]);
    expect((await f.caller.articles.diff({ region: REGION, articleId: 'a1' })).status).toBe('drifted');
    expect((await f.caller.articles.diff({ region: REGION, articleId: 'a4' })).status).toBe('approved');
    const drifted = await f.caller.signoffs.drifted({ region: REGION });
    expect(drifted.articles.map((a) => [a.id, a.changes])).toEqual([
      ['a1', { began: 1, stopped: 0, contentChanged: 1, decisions: 0 }],
      ['a2', { began: 1, stopped: 1, contentChanged: 1, decisions: 0 }],
    ]);
  });

  it('a decision changed after the sign-off is drift too; signing off again on the new snapshot clears it', async () => {
    await decide('a4', [S1], 'exclude');
    expect((await state('a4')).drift?.decisions).toEqual([{ serviceId: S1, name: expect.any(Object), before: 'include', after: 'exclude' }]);
    expect((await row('a4')).status).toBe('drifted');
    await decide('a1', [S5], 'exclude');
    const again = await signOff('a1');
    expect(again.snapshotId).toBe(2);
    expect(await state('a1')).toMatchObject({ status: 'approved', drift: { drifted: false } });
    expect((await row('a1')).status).toBe('approved');
  });

  it('a participant sees drift only of the articles of their workshops', async () => {
    const participant = person('Sanna Terveydenhoitaja', 'participant');
    expect((await participant.signoffs.drifted({ region: REGION })).articles).toEqual([]);
    expect(await codeOf(participant.signoffs.state({ region: REGION, articleId: 'a1' }))).toBe('FORBIDDEN');
  });
});

describe('the demo', () => {
  it('shows the loop on first start: approved, drifted (with what changed) and sent back, by the lead', async () => {
    const env = testContext();
    try {
      await seedDemo(env.handle);
      const accounts = await seedDemoPeople(env.handle, testAuthSettings.scrypt);
      const manager = accounts.find((a) => a.role === 'manager')!;
      const caller = createCaller(asUser(env.context, findUserById(env.handle, manager.id)!));
      const region = (await caller.catalogue.regions()).find((r) => r.name.fi === demoCountyName)!.code;
      const rows = (await caller.articles.list({ region })).articles;
      const byStatus = (status: string) => rows.filter((r) => r.status === status);
      expect(byStatus('approved').length).toBeGreaterThanOrEqual(2);
      expect(byStatus('drifted').length).toBeGreaterThanOrEqual(1);
      expect(byStatus('sent_back')).toHaveLength(1);
      const lead = accounts.find((a) => a.role === 'lead')!;
      for (const row of [...byStatus('approved'), ...byStatus('drifted')]) expect(row.signedOffBy).toBe(lead.name);
      const drifted = await caller.signoffs.state({ region, articleId: byStatus('drifted')[0]!.id });
      // Signed off at the earlier import (the first); two imports have come since.
      expect(drifted.latest).toMatchObject({ action: 'signed_off', by: lead.name, snapshotId: 1 });
      expect(drifted.drift?.drifted).toBe(true);
      const sentBack = await caller.signoffs.state({ region, articleId: byStatus('sent_back')[0]!.id });
      expect(sentBack.latest?.comment).toMatch(/\S/);
      const history = await caller.history.list({ articleId: byStatus('approved')[0]!.id });
      expect(history.events.map((e) => e.kind)).toContain('signoff.signed_off');
    } finally {
      env.cleanup();
    }
  }, 60_000);
});
