/**
 * Workshops: a manager creates and edits them (no lost update), a participant sees only
 * their own, participation is counted per person, and only the facilitator or a manager
 * moves a live workshop's screen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../db/client';
import { listHistory } from '../../db/queries/history';
import { setUserActive, type UserRecord } from '../../db/queries/users';
import type { Role } from '../../shared/domain/permissions';
import { asUser } from '../../server/services/create-context';
import { CLOCK, REGION, S1, S2, S6, createCaller, reviewFixture } from './review-fixture';
import { reloadUser, userNamed } from '../helpers/test-users';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => (f = await reviewFixture()));
afterEach(() => f.cleanup());

const person = (name: string, role: Role, topics: string[] = []) => userNamed(f.env.handle, name, role, topics);
/** A caller as the person is now (their workshops change as workshops are edited). */
const as = (user: UserRecord, now: Date = CLOCK) => createCaller({ ...asUser(f.context, reloadUser(f.env.handle, user)), now: () => now });
const fields = (over: Record<string, unknown> = {}) => ({
  name: 'Vauvatyöpaja',
  topics: ['vauva'],
  date: '2026-11-25',
  deadline: '2026-11-30',
  mode: 'async' as const,
  facilitatorId: null as number | null,
  region: REGION,
  articleIds: [] as string[],
  participantIds: [] as number[],
  ...over,
});

describe('creating and editing', () => {
  it('takes every article of the chosen topics in article order when none are picked, and records it', async () => {
    const pekka = person('Pekka', 'participant');
    const leena = person('Leena', 'lead', ['vauva']);
    const created = await f.caller.workshops.create(fields({ facilitatorId: leena.id, participantIds: [pekka.id] }));
    expect(created).toMatchObject({ version: 1, articles: 3 });
    const workshop = await f.caller.workshops.get({ id: created.id });
    expect(workshop.articles.map((a) => [a.id, a.title?.fi, a.topic])).toEqual([
      ['a1', 'Vauvan uni', 'vauva'],
      ['a2', 'Unikoulu', 'vauva'],
      ['a3', 'Yövalvominen', 'vauva'],
    ]);
    expect(workshop.participants).toEqual([{ id: pekka.id, name: 'Pekka' }]);
    expect(workshop.facilitator).toEqual({ id: leena.id, name: 'Leena' });
    expect(listHistory(f.env.handle, { kinds: ['workshop.created'], limit: 5 })).toMatchObject([{ workshopId: created.id, userName: 'Riikka Arvioija', data: { name: 'Vauvatyöpaja', articles: 3 } }]);
  });

  it('keeps picked articles in the order given', async () => {
    const created = await f.caller.workshops.create(fields({ topics: [], articleIds: ['a4', 'a1'] }));
    expect((await f.caller.workshops.get({ id: created.id })).articles.map((a) => a.id)).toEqual(['a4', 'a1']);
  });

  it('refuses unknown articles, inactive people, an asynchronous workshop without a deadline and a day that does not exist', async () => {
    const gone = person('Poissa', 'participant');
    writeTransaction(f.env.handle, () => setUserActive(f.env.handle, gone.id, false, CLOCK.toISOString()));
    await expect(f.caller.workshops.create(fields({ articleIds: ['a1', 'nope'] }))).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('nope') });
    await expect(f.caller.workshops.create(fields({ participantIds: [gone.id] }))).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining(String(gone.id)) });
    await expect(f.caller.workshops.create(fields({ participantIds: [99_999] }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(f.caller.workshops.create(fields({ deadline: null }))).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('deadline') });
    await expect(f.caller.workshops.create(fields({ date: '2026-02-30' }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await f.caller.workshops.list()).toEqual([]);
  });

  it('an update on an old version is a CONFLICT and changes nothing; on the current one it applies', async () => {
    const { id } = await f.caller.workshops.create(fields());
    const updated = await f.as('Päivi').workshops.update({ id, version: 1, ...fields({ name: 'Unityöpaja', topics: [], articleIds: ['a2'] }) });
    expect(updated.version).toBe(2);
    // The refusal names who changed it first, for the conflict message.
    await expect(f.caller.workshops.update({ id, version: 1, ...fields({ name: 'Myöhässä' }) })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { details: { changes: [{ by: 'Päivi', what: 'workshop.changed' }] } },
    });
    const now = await f.caller.workshops.get({ id });
    expect(now).toMatchObject({ name: 'Unityöpaja', version: 2 });
    expect(now.articles.map((a) => a.id)).toEqual(['a2']);
    expect(listHistory(f.env.handle, { kinds: ['workshop.changed'], limit: 5 })).toMatchObject([{ userName: 'Päivi', data: { before: { name: 'Vauvatyöpaja' }, after: { name: 'Unityöpaja' } } }]);
  });

  it('only managers create and edit workshops', async () => {
    const lead = as(person('Leena', 'lead', ['vauva']));
    await expect(lead.workshops.create(fields())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { id } = await f.caller.workshops.create(fields());
    await expect(as(person('Pekka', 'participant')).workshops.update({ id, version: 1, ...fields() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(person('Ville', 'viewer')).workshops.people()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('who sees which workshop', () => {
  it('a participant lists and opens only their own workshops; others see all', async () => {
    const pekka = person('Pekka', 'participant');
    const mine = await f.caller.workshops.create(fields({ participantIds: [pekka.id] }));
    const other = await f.caller.workshops.create(fields({ name: 'Tukityöpaja', topics: ['tuki'] }));
    expect((await as(pekka).workshops.list()).map((w) => w.id)).toEqual([mine.id]);
    await expect(as(pekka).workshops.get({ id: other.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A participant cannot tell a workshop that does not exist from one that is not theirs.
    await expect(as(pekka).workshops.get({ id: 999 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await as(person('Ville', 'viewer')).workshops.list()).map((w) => w.id).sort()).toEqual([mine.id, other.id].sort());
    await expect(f.caller.workshops.get({ id: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('participation', () => {
  it('counts, per participant, the articles with a proposal, the proposals and the last one, listing those not started', async () => {
    const [pekka, sanna, outi] = [person('Pekka', 'participant'), person('Sanna', 'participant'), person('Outi', 'participant')];
    const leena = person('Leena', 'lead', ['vauva']);
    const { id } = await f.caller.workshops.create(fields({ facilitatorId: leena.id, participantIds: [pekka.id, sanna.id, outi.id] }));
    const later = new Date('2026-11-21T09:00:00.000Z');
    await as(pekka).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', workshopId: id });
    await as(pekka).proposals.set({ articleId: 'a1', serviceId: S6, kind: 'not_belongs' });
    await as(pekka, later).proposals.set({ articleId: 'a2', serviceId: S2, kind: 'belongs', workshopId: id });
    await as(sanna).proposals.set({ articleId: 'a1', serviceId: S1, kind: 'not_belongs', workshopId: id });
    // Someone outside the workshop proposing on its article does not count in it.
    await f.as('Päivi').proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs' });

    const stats = await as(leena).workshops.stats({ id });
    expect(stats.participants).toEqual([
      { userId: pekka.id, userName: 'Pekka', articlesReviewed: 2, proposals: 3, lastActivity: later.toISOString() },
      { userId: sanna.id, userName: 'Sanna', articlesReviewed: 1, proposals: 1, lastActivity: CLOCK.toISOString() },
      { userId: outi.id, userName: 'Outi', articlesReviewed: 0, proposals: 0, lastActivity: null },
    ]);
    expect(stats.totals).toEqual({ articles: 3, participants: 3, started: 2, proposals: 4, articlesWithProposals: 2 });

    const [listed] = await as(pekka).workshops.list();
    expect(listed!.counts).toEqual({ articles: 3, participants: 3, proposals: 4, reviewedByMe: 2 });
    const page = await as(pekka).workshops.get({ id });
    expect(page.articles.map((a) => a.myProposals)).toEqual([2, 1, 0]);
    expect(page.seesParticipation).toBe(false);
    await expect(as(pekka).workshops.stats({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(person('Ville', 'viewer')).workshops.stats({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('live workshop', () => {
  it('only the facilitator or a manager moves the screen, only to the workshop’s articles, and it is recorded', async () => {
    const pekka = person('Pekka', 'participant');
    const leena = person('Leena', 'lead', ['vauva']);
    const { id } = await f.caller.workshops.create(fields({ mode: 'live', deadline: null, facilitatorId: leena.id, participantIds: [pekka.id] }));
    expect(await as(leena).workshops.moveLive({ id, articleId: 'a2' })).toEqual({ id, liveArticleId: 'a2' });
    expect((await as(pekka).workshops.get({ id })).liveArticle).toMatchObject({ id: 'a2', title: { fi: 'Unikoulu' } });
    await expect(as(pekka).workshops.moveLive({ id, articleId: 'a3' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(person('Liisa', 'lead', ['vauva'])).workshops.moveLive({ id, articleId: 'a3' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(leena).workshops.moveLive({ id, articleId: 'a4' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await f.caller.workshops.moveLive({ id, articleId: 'a3' });
    expect((await f.caller.workshops.get({ id })).liveArticleId).toBe('a3');
    // Moving is not an edit: the manager's form stays on its version.
    expect((await f.caller.workshops.get({ id })).version).toBe(1);
    expect(listHistory(f.env.handle, { kinds: ['workshop.moved'], limit: 5 }).map((e) => [e.userName, e.articleId, e.data['from']])).toEqual([
      ['Riikka Arvioija', 'a3', 'a2'],
      ['Leena', 'a2', null],
    ]);
  });
});
