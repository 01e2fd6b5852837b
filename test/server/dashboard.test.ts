/**
 * dashboard.overview on the review fixture: statuses per topic and per person after some
 * decisions and a sign-off, progress over time, drift after a second import, change requests
 * by state, recipient and age, exact coverage figures, effort measured from recorded history
 * with fixed clocks, and a participant's figures limited to their workshop's articles.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../db/client';
import { insertChangeRequest, type NewChangeRequest } from '../../db/queries/change-requests';
import type { ChangeRequestState, Recipient } from '../../shared/domain/change-request';
import { asUser } from '../../server/services/create-context';
import { userNamed } from '../helpers/test-users';
import { CLOCK, FILLERS, K4, ORG_TOWN, REGION, S1, S2, S5, S6, createCaller, importSecondSnapshot, reviewFixture, type Caller } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => (f = await reviewFixture()));
afterEach(() => f.cleanup());

const ANNA = 'Anna Arvioija';
const LEAD = 'Leena Palveluvastaava';
const PAIVI = 'Päivi Projektipäällikkö';
const utc = (iso: string) => new Date(`${iso}Z`);
const lead = (at: Date) => createCaller({ ...asUser(f.context, userNamed(f.context.handle, LEAD, 'lead', ['vauva'])), now: () => at });
const overview = (caller: Caller = f.caller) => caller.dashboard.overview({ region: REGION });
const zero = { not_started: 0, in_review: 0, waiting_approval: 0, sent_back: 0, approved: 0, drifted: 0 };

async function decide(caller: Caller, articleId: string, serviceId: string, decision: 'include' | 'exclude') {
  const { decisionsVersion } = await f.caller.articles.diff({ region: REGION, articleId });
  await caller.decisions.set({ region: REGION, articleId, serviceIds: [serviceId], decision, baseVersion: decisionsVersion });
}

/**
 * Anna decides both services of a1 five minutes apart on 2 Nov, then one of a2 alone on
 * 3 Nov; the lead signs a1 off on 20 Nov (the fixture's clock). a1 approved, a2 in review.
 */
async function review() {
  await decide(f.as(ANNA, utc('2026-11-02T08:00:00')), 'a1', S1, 'include');
  await decide(f.as(ANNA, utc('2026-11-02T08:05:00')), 'a1', S6, 'exclude');
  await decide(f.as(ANNA, utc('2026-11-03T08:00:00')), 'a2', S1, 'include');
  const { decisionsVersion } = await f.caller.articles.diff({ region: REGION, articleId: 'a1' });
  await lead(CLOCK).signoffs.signOff({ region: REGION, articleId: 'a1', baseVersion: decisionsVersion });
}

const organization: Recipient = { kind: 'organization', organizationId: ORG_TOWN, name: 'Esimerkkikunta', email: null };
const digifinland: Recipient = { kind: 'digifinland', organizationId: null, name: 'DigiFinland', email: null };
const county: Recipient = { kind: 'county', organizationId: null, name: 'Itä-Uudenmaan hyvinvointialue', email: null };

function request(state: ChangeRequestState, recipient: Recipient, createdAt: string, articleIds: string[]): NewChangeRequest {
  return {
    regionCode: REGION,
    type: recipient.kind === 'digifinland' ? 'rule.removeItem' : 'service.removeItem',
    recipient,
    serviceId: S1,
    itemKind: 'keywords',
    itemValue: K4,
    reason: 'Väärä asiasana',
    details: {},
    state,
    sourceFlagId: null,
    sourceDescriptionRequestId: null,
    sourceProposalId: null,
    baseSnapshotId: 1,
    createdBy: PAIVI,
    createdAt,
    articleIds,
  };
}

/** Five requests, one per age bucket among the open ones (the clock is 2026-11-20T10:00Z) and one verified. */
function addRequests() {
  writeTransaction(f.context.handle, () => {
    insertChangeRequest(f.context.handle, request('draft', organization, '2026-11-18T09:00:00.000Z', ['a1'])); // 2 days
    insertChangeRequest(f.context.handle, request('sent', organization, '2026-10-10T09:00:00.000Z', ['a2'])); // 41 days
    insertChangeRequest(f.context.handle, request('ready', digifinland, '2026-11-01T09:00:00.000Z', ['a5'])); // 19 days
    insertChangeRequest(f.context.handle, request('verified', county, '2026-01-01T09:00:00.000Z', ['a1']));
    insertChangeRequest(f.context.handle, request('sent', digifinland, '2025-06-01T00:00:00.000Z', ['a4'])); // 537 days
  });
}

describe('dashboard.overview: review progress', () => {
  it('counts statuses per topic after decisions and a sign-off', async () => {
    await review();
    const { progress, regionName } = await overview();
    expect(regionName).toEqual({ fi: 'Itä-Uudenmaan hyvinvointialue', sv: 'Östra Nylands välfärdsområde' });
    expect(progress.articles).toBe(5);
    expect(progress.totals).toEqual({ ...zero, not_started: 3, in_review: 1, approved: 1 });
    expect(progress.byTopic).toEqual([
      { topic: 'tuki', total: 2, counts: { ...zero, not_started: 2 } },
      { topic: 'vauva', total: 3, counts: { ...zero, not_started: 1, in_review: 1, approved: 1 } },
    ]);
  });

  it('counts per person the articles decided in, by their status now, and sign-offs', async () => {
    await review();
    const { progress } = await overview();
    expect(progress.byPerson).toEqual([
      { userId: expect.any(Number), name: ANNA, articles: 2, decisions: 3, signOffs: 0, counts: { ...zero, in_review: 1, approved: 1 } },
      { userId: expect.any(Number), name: LEAD, articles: 0, decisions: 0, signOffs: 1, counts: zero },
    ]);
  });

  it('gives articles first reviewed and approved per day, with running totals, up to today', async () => {
    await review();
    const { timeline } = (await overview()).progress;
    expect(timeline.granularity).toBe('day');
    expect(timeline.points).toHaveLength(19);
    expect(timeline.points.slice(0, 3)).toEqual([
      { period: '2026-11-02', reviewed: 1, approved: 0, reviewedTotal: 1, approvedTotal: 0 },
      { period: '2026-11-03', reviewed: 1, approved: 0, reviewedTotal: 2, approvedTotal: 0 },
      { period: '2026-11-04', reviewed: 0, approved: 0, reviewedTotal: 2, approvedTotal: 0 },
    ]);
    expect(timeline.points.at(-1)).toEqual({ period: '2026-11-20', reviewed: 0, approved: 1, reviewedTotal: 2, approvedTotal: 1 });
  });

  it('has nothing over time before anyone decided', async () => {
    const { progress } = await overview();
    expect(progress.timeline).toEqual({ granularity: 'day', points: [] });
    expect(progress.byPerson).toEqual([]);
    expect(progress.totals).toEqual({ ...zero, not_started: 5 });
  });
});

describe('dashboard.overview: drift', () => {
  it('counts drifted sign-offs and what began or stopped surfacing with the latest import', async () => {
    await review();
    expect((await overview()).drift).toMatchObject({ snapshotId: 1, previousSnapshotId: null, drifted: { count: 0, items: [] }, changedArticles: null });
    // S6 loses K1: it stops surfacing in a1, a2 and a3; a1's sign-off no longer covers its link set.
    const second = await importSecondSnapshot(f.context, { 6: { ontologyTerms: [{ uri: K4, name: [] }] } });
    const { drift, progress } = await overview();
    expect(drift).toEqual({
      snapshotId: second,
      importedAt: CLOCK.toISOString(),
      previousSnapshotId: 1,
      drifted: { count: 1, items: [{ id: 'a1', title: { fi: 'Vauvan uni', sv: 'Babyns sömn' }, topic: 'vauva' }] },
      changedArticles: 3,
      began: 0,
      stopped: 3,
    });
    expect(progress.totals.drifted).toBe(1);
  });
});

describe('dashboard.overview: change requests', () => {
  it('counts by state and recipient, and the open ones by age', async () => {
    addRequests();
    const { requests } = await overview();
    expect(requests.total).toBe(5);
    expect(requests.open).toBe(4);
    expect(requests.byState).toEqual({ draft: 1, ready: 1, sent: 2, done: 0, verified: 1, rejected: 0, withdrawn: 0 });
    // Keyed as the request list keys them; the county named as the region is, in both languages.
    expect(requests.byRecipient).toEqual([
      { key: 'digifinland', kind: 'digifinland', organizationId: null, name: 'DigiFinland', label: { fi: 'DigiFinland' }, total: 2, open: 2 },
      { key: `organization:${ORG_TOWN}`, kind: 'organization', organizationId: ORG_TOWN, name: 'Esimerkkikunta', label: expect.objectContaining({ fi: 'Esimerkkikunta' }), total: 2, open: 2 },
      { key: 'county', kind: 'county', organizationId: null, name: 'Itä-Uudenmaan hyvinvointialue', label: { fi: 'Itä-Uudenmaan hyvinvointialue', sv: 'Östra Nylands välfärdsområde' }, total: 1, open: 0 },
    ]);
    expect(requests.age).toEqual({ '0-7': 1, '8-30': 1, '31-90': 1, over90: 1 });
    expect(requests.oldestOpen).toMatchObject({ code: 'LP-2025-0001', days: 537, recipient: { kind: 'digifinland', name: 'DigiFinland', label: { fi: 'DigiFinland' } }, createdAt: '2025-06-01T00:00:00.000Z' });
  });

  it('keeps owners known by name only apart, and names a recipient the catalogue no longer knows as stored', async () => {
    const byName = (name: string): Recipient => ({ kind: 'organization', organizationId: null, name, email: null });
    writeTransaction(f.context.handle, () => {
      insertChangeRequest(f.context.handle, request('sent', byName('Kyläyhdistys ry'), '2026-11-10T09:00:00.000Z', ['a1']));
      insertChangeRequest(f.context.handle, request('sent', byName('Kyläyhdistys ry'), '2026-11-11T09:00:00.000Z', ['a2']));
      insertChangeRequest(f.context.handle, request('draft', byName('Perhekeskus Oy'), '2026-11-12T09:00:00.000Z', ['a1']));
    });
    const { requests } = await overview();
    expect(requests.byRecipient.map((r) => [r.key, r.total, r.label])).toEqual([
      ['organization-named:Kyläyhdistys ry', 2, { fi: 'Kyläyhdistys ry' }],
      ['organization-named:Perhekeskus Oy', 1, { fi: 'Perhekeskus Oy' }],
    ]);
  });

  it('has none in a region without requests', async () => {
    const { requests } = await overview();
    expect(requests).toMatchObject({ total: 0, open: 0, byRecipient: [], oldestOpen: null, age: { '0-7': 0, '8-30': 0, '31-90': 0, over90: 0 } });
  });
});

describe('dashboard.overview: coverage', () => {
  it('finds articles without regional services, unlinked regional services and those lacking Swedish', async () => {
    const { coverage } = await overview();
    // Regional in 01: S1 (018), S5 (407), S6 (434) and four fillers in 407.
    expect(coverage.regionalServices).toBe(7);
    // a5's only service (S4) is a draft; the others have S1 or S6.
    expect(coverage.articlesWithoutRegional).toEqual({ count: 1, items: [{ id: 'a5', title: { fi: 'Tyhjä', sv: '' }, topic: 'tuki' }] });
    expect(coverage.unlinkedRegional?.count).toBe(5);
    expect(coverage.unlinkedRegional?.items.map((s) => s.id).sort()).toEqual([S5, ...FILLERS.slice(0, 4)].sort());
    expect(coverage.unlinkedRegional?.items.find((s) => s.id === S5)).toEqual({ id: S5, name: { fi: 'Palvelu 5', sv: 'Tjänst 5' }, organizationName: { fi: 'Esimerkkikunta' } });
    // Only S6 has a Swedish summary; S2 lacks Finnish and is national anyway.
    expect(coverage.missingSwedish.count).toBe(6);
    expect(coverage.missingSwedish.items.map((s) => s.id)).not.toContain(S6);
    expect(coverage.missingSwedish.items.map((s) => s.id)).not.toContain(S2);
  });

  it('an include decision links a service that surfaces nowhere', async () => {
    await decide(f.caller, 'a5', S5, 'include');
    const { coverage } = await overview();
    expect(coverage.unlinkedRegional?.count).toBe(4);
    expect(coverage.unlinkedRegional?.items.map((s) => s.id)).not.toContain(S5);
  });
});

describe('dashboard.overview: effort', () => {
  it('measures minutes per person, article and topic from recorded history', async () => {
    await review();
    // A workshop (no article) by Päivi on its own: 2 minutes of "other".
    await f.as(PAIVI, utc('2026-11-10T12:00:00')).workshops.create({ name: 'Vauvat', topics: ['vauva'], date: '2026-11-25', deadline: '2026-11-30', mode: 'async', facilitatorId: null, region: REGION, articleIds: ['a1'], participantIds: [] });
    const { effort } = await overview();
    // Anna: a1 08:00 → 08:05 (5 min to a1), a2 alone the next day (2 min). Lead: a lone sign-off on a1 (2 min).
    expect(effort).toMatchObject({ gapMinutes: 15, minimumMinutes: 2, totalMinutes: 11, otherMinutes: 2, articles: 2, minutesPerArticle: 4.5 });
    expect(effort.byPerson).toEqual([
      { userId: expect.any(Number), name: ANNA, minutes: 7, otherMinutes: 0, sittings: 2, articles: 2 },
      { userId: expect.any(Number), name: LEAD, minutes: 2, otherMinutes: 0, sittings: 1, articles: 1 },
      { userId: expect.any(Number), name: PAIVI, minutes: 2, otherMinutes: 2, sittings: 1, articles: 0 },
    ]);
    expect(effort.byTopic).toEqual([
      { topic: 'vauva', minutes: 9, articles: 2 },
      { topic: null, minutes: 2, articles: 0 },
    ]);
    expect(effort.topArticles).toEqual([
      { id: 'a1', title: { fi: 'Vauvan uni', sv: 'Babyns sömn' }, topic: 'vauva', minutes: 7 },
      { id: 'a2', title: { fi: 'Unikoulu', sv: '' }, topic: 'vauva', minutes: 2 },
    ]);
  });
});

describe('dashboard.overview: who sees what', () => {
  it('gives a participant figures over their workshop’s articles only', async () => {
    await review();
    addRequests();
    const pekka = userNamed(f.context.handle, 'Pekka Osallistuja', 'participant');
    await f.as(PAIVI, utc('2026-11-10T12:00:00')).workshops.create({ name: 'Vauvat', topics: ['vauva'], date: '2026-11-25', deadline: '2026-11-30', mode: 'async', facilitatorId: null, region: REGION, articleIds: ['a1'], participantIds: [pekka.id] });
    const participant = createCaller({ ...asUser(f.context, userNamed(f.context.handle, 'Pekka Osallistuja', 'participant')), now: () => CLOCK });
    const view = await overview(participant);
    expect(view.scoped).toBe(true);
    expect(view.progress.articles).toBe(1);
    expect(view.progress.byTopic).toEqual([{ topic: 'vauva', total: 1, counts: { ...zero, approved: 1 } }]);
    expect(view.progress.byPerson.map((p) => [p.name, p.articles, p.decisions])).toEqual([[ANNA, 1, 2], [LEAD, 0, 0]]);
    expect(view.requests).toMatchObject({ total: 2, open: 1, byState: { draft: 1, verified: 1, sent: 0 } });
    expect(view.coverage.unlinkedRegional).toBeNull();
    expect(view.coverage.articlesWithoutRegional.count).toBe(0);
    // Only events on a1: Anna's 5 minutes and the lead's lone sign-off; no workshop time, no a2.
    expect(view.effort).toMatchObject({ totalMinutes: 7, otherMinutes: 0, articles: 1 });
    expect(view.effort.topArticles.map((a) => a.id)).toEqual(['a1']);
    // A manager sees it all.
    expect((await overview()).scoped).toBe(false);
  });

  it('refuses an unknown region', async () => {
    await expect(f.caller.dashboard.overview({ region: 'zz' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
