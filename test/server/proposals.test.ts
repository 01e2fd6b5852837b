/**
 * Proposals: one per person and service, counted side by side; participants only in their
 * workshops and before the deadline; a lead takes them into the approved list through the
 * one decision write (version, conflict check and history as for any decision).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listHistory } from '../../db/queries/history';
import type { UserRecord } from '../../db/queries/users';
import type { Role } from '../../shared/domain/permissions';
import { asUser } from '../../server/services/create-context';
import { CLOCK, REGION, S1, S2, S5, S6, createCaller, reviewFixture } from './review-fixture';
import { reloadUser, userNamed } from '../helpers/test-users';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => (f = await reviewFixture()));
afterEach(() => f.cleanup());

const person = (name: string, role: Role, topics: string[] = []) => userNamed(f.env.handle, name, role, topics);
const as = (user: UserRecord, now: Date = CLOCK) => createCaller({ ...asUser(f.context, reloadUser(f.env.handle, user)), now: () => now });
const workshop = (over: Record<string, unknown> = {}) =>
  f.caller.workshops.create({ name: 'Vauvatyöpaja', topics: ['vauva'], date: '2026-11-20', deadline: '2026-11-27', mode: 'async', region: REGION, articleIds: [], participantIds: [], ...over });
const forArticle = (articleId = 'a1') => f.caller.proposals.forArticle({ region: REGION, articleId });
const diff = (articleId = 'a1') => f.caller.articles.diff({ region: REGION, articleId });

let pekka: UserRecord, sanna: UserRecord, leena: UserRecord;
let workshopId: number;
beforeEach(async () => {
  [pekka, sanna] = [person('Pekka', 'participant'), person('Sanna', 'participant')];
  leena = person('Leena', 'lead', ['vauva']);
  workshopId = (await workshop({ facilitatorId: leena.id, participantIds: [pekka.id, sanna.id] })).id;
});

describe('counting', () => {
  it('counts four people side by side, one proposal each: a changed mind replaces, never doubles', async () => {
    await as(pekka).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'not_belongs', workshopId });
    await as(pekka).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', comment: 'Ohjaamme tänne', workshopId });
    await as(sanna).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', workshopId });
    await as(leena).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs' });
    await f.as('Päivi').proposals.set({ articleId: 'a1', serviceId: S1, kind: 'not_belongs', comment: 'Ei vauvoille' });
    await as(sanna).proposals.set({ articleId: 'a1', serviceId: S6, kind: 'not_belongs', workshopId });

    const result = await as(sanna).proposals.forArticle({ region: REGION, articleId: 'a1' });
    const s1 = result.services.find((s) => s.serviceId === S1)!;
    expect(s1.counts).toEqual({ belongs: 3, not_belongs: 1, missing: 0 });
    expect(s1.majority).toBe('include');
    expect(s1.surfaces).toBe(true);
    expect(s1.service?.name.fi).toBe('Perheneuvola');
    expect(s1.proposals.map((p) => [p.userName, p.kind, p.comment, p.mine])).toEqual([
      ['Pekka', 'belongs', 'Ohjaamme tänne', false],
      ['Sanna', 'belongs', null, true],
      ['Leena', 'belongs', null, false],
      ['Päivi', 'not_belongs', 'Ei vauvoille', false],
    ]);
    expect(result.services.find((s) => s.serviceId === S6)).toMatchObject({ counts: { belongs: 0, not_belongs: 1, missing: 0 }, majority: 'exclude' });
    expect(result.mine.map((p) => p.serviceId).sort()).toEqual([S1, S6].sort());
    expect(result.workshopIds).toEqual([workshopId]);
    expect(listHistory(f.env.handle, { articleId: 'a1', kinds: ['proposal.set'], limit: 10 })).toHaveLength(6);
  });

  it('a missing catalogue service counts for including it; one described in words is new each time', async () => {
    await as(pekka).proposals.set({ articleId: 'a1', serviceId: S5, kind: 'missing', comment: 'Pitäisi näkyä' });
    await as(pekka).proposals.set({ articleId: 'a1', kind: 'missing', missingText: 'Perhekahvila Loviisassa' });
    await as(sanna).proposals.set({ articleId: 'a1', kind: 'missing', missingText: 'Vauvaryhmä Porvoossa', comment: 'Kuvaus puuttuu' });
    await as(sanna).proposals.set({ articleId: 'a1', kind: 'missing', missingText: 'Vauvaryhmä Porvoossa' });
    const result = await forArticle();
    expect(result.services).toMatchObject([{ serviceId: S5, surfaces: false, counts: { missing: 1 }, majority: 'include' }]);
    expect(result.missingInWords.map((p) => [p.userName, p.missingText])).toEqual([
      ['Pekka', 'Perhekahvila Loviisassa'],
      ['Sanna', 'Vauvaryhmä Porvoossa'],
      ['Sanna', 'Vauvaryhmä Porvoossa'],
    ]);
  });

  it('refuses a service the catalogue does not have, and words beside a catalogue service', async () => {
    await expect(as(pekka).proposals.set({ articleId: 'a1', serviceId: 'no-such-service', kind: 'belongs' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(as(pekka).proposals.set({ articleId: 'a1', serviceId: S5, kind: 'missing', missingText: 'sekä sanoin' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(as(pekka).proposals.set({ articleId: 'a1', kind: 'belongs' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('who may propose where', () => {
  it('a participant cannot propose, or read proposals, outside their workshops', async () => {
    const other = (await workshop({ name: 'Tuki', topics: ['tuki'] })).id;
    await expect(as(pekka).proposals.set({ articleId: 'a4', serviceId: S1, kind: 'belongs' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(pekka).proposals.set({ articleId: 'a4', serviceId: S1, kind: 'belongs', workshopId: other })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(pekka).proposals.forArticle({ region: REGION, articleId: 'a4' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Their own article, claimed to be in a workshop it is not in.
    await expect(as(pekka).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', workshopId: other })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(as(person('Ville', 'viewer')).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await forArticle('a4')).services).toEqual([]);
  });

  it('after an asynchronous workshop’s deadline day has ended in Finland, proposals are refused with a clear message', async () => {
    const late = new Date('2026-11-27T21:59:00.000Z'); // 23.59 in Finland on the deadline day
    const over = new Date('2026-11-27T22:01:00.000Z'); // 00.01 the next day
    await as(pekka, late).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', workshopId });
    await expect(as(sanna, over).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', workshopId })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/Vauvatyöpaja.*2026-11-27.*deadline has passed/),
    });
    // Without naming the workshop it is just the same.
    await expect(as(sanna, over).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const [own] = (await as(pekka).proposals.forArticle({ region: REGION, articleId: 'a1' })).mine;
    await expect(as(pekka, over).proposals.withdraw({ id: own!.id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await forArticle()).services[0]!.counts).toEqual({ belongs: 1, not_belongs: 0, missing: 0 });
  });

  it('withdraws only one’s own open proposal, and records it', async () => {
    const saved = await as(pekka).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', workshopId });
    await expect(as(sanna).proposals.withdraw({ id: saved.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(sanna).proposals.withdraw({ id: 12345 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await as(pekka).proposals.withdraw({ id: saved.id })).toEqual({ id: saved.id, withdrawn: true });
    expect((await forArticle()).services).toEqual([]);
    expect(listHistory(f.env.handle, { kinds: ['proposal.withdrawn'], limit: 5 })).toMatchObject([{ userName: 'Pekka', articleId: 'a1', serviceId: S1, workshopId }]);
  });
});

describe('accepting into the approved list', () => {
  it('writes the decisions, bumps the version, marks the proposals accepted and records both', async () => {
    await as(pekka).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', workshopId });
    await as(sanna).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', workshopId });
    await as(sanna).proposals.set({ articleId: 'a1', serviceId: S6, kind: 'not_belongs', workshopId });
    const base = (await diff()).decisionsVersion;
    const result = await as(leena).proposals.accept({ region: REGION, articleId: 'a1', baseVersion: base, decisions: [{ serviceId: S1, decision: 'include' }] });
    expect(result).toEqual({ version: base + 1, changed: 1, accepted: 2 });

    const after = await diff();
    expect(after.decisionsVersion).toBe(base + 1);
    expect(after.items.find((i) => i.serviceId === S1)?.decision).toMatchObject({ decision: 'include', decidedBy: 'Leena' });
    const proposals = await forArticle();
    expect(proposals.services.find((s) => s.serviceId === S1)!.proposals.map((p) => p.state)).toEqual(['accepted', 'accepted']);
    expect(proposals.services.find((s) => s.serviceId === S6)).toMatchObject({ open: 1, proposals: [{ state: 'open' }] });
    expect(listHistory(f.env.handle, { articleId: 'a1', kinds: ['decision.set', 'proposal.accepted'], limit: 5 }).map((e) => [e.kind, e.serviceId, e.userName, e.articleVersion])).toEqual([
      ['proposal.accepted', S1, 'Leena', base + 1],
      ['decision.set', S1, 'Leena', base + 1],
    ]);
    // Changing one's mind afterwards opens the proposal again.
    await as(pekka).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'not_belongs', workshopId });
    expect((await forArticle()).services.find((s) => s.serviceId === S1)).toMatchObject({ open: 1, counts: { belongs: 1, not_belongs: 1 }, majority: null });
  });

  it('is a CONFLICT when someone changed the same decision since, and then nothing is accepted', async () => {
    await as(pekka).proposals.set({ articleId: 'a1', serviceId: S2, kind: 'not_belongs', workshopId });
    const base = (await diff()).decisionsVersion;
    await f.as('Päivi').decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S2], decision: 'include', baseVersion: base });
    await expect(as(leena).proposals.accept({ region: REGION, articleId: 'a1', baseVersion: base, decisions: [{ serviceId: S2, decision: 'exclude' }] })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await forArticle()).services[0]).toMatchObject({ open: 1, proposals: [{ state: 'open' }] });
    expect((await diff()).items.find((i) => i.serviceId === S2)?.decision).toMatchObject({ decision: 'include', decidedBy: 'Päivi' });
    expect(listHistory(f.env.handle, { kinds: ['proposal.accepted'], limit: 5 })).toEqual([]);
  });

  it('only those who decide on the article accept: not a participant, not a lead of another topic', async () => {
    await as(pekka).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', workshopId });
    const input = { region: REGION, articleId: 'a1', baseVersion: (await diff()).decisionsVersion, decisions: [{ serviceId: S1, decision: 'include' as const }] };
    await expect(as(pekka).proposals.accept(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(person('Tuula', 'lead', ['tuki'])).proposals.accept(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(person('Ville', 'viewer')).proposals.accept(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(leena).proposals.accept({ ...input, decisions: [{ serviceId: S1, decision: 'include' }, { serviceId: S1, decision: 'exclude' }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await forArticle()).services[0]).toMatchObject({ open: 1 });
  });
});
