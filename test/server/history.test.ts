/**
 * The append-only history: every write leaves exactly one event per thing it changed, with
 * who and when; the log cannot be edited; "undo my last decision" restores what was there,
 * refuses when someone changed it since, and is not undone in turn; and who may read what.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../db/client';
import { listHistory } from '../../db/queries/history';
import { asUser } from '../../server/services/create-context';
import { refusal } from '../helpers/refusal';
import { reloadUser, userNamed } from '../helpers/test-users';
import { CLOCK, K1, REGION, S1, S6, createCaller, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => (f = await reviewFixture()));
afterEach(() => f.cleanup());

const at = (hour: number) => new Date(`2026-11-21T${String(hour).padStart(2, '0')}:00:00.000Z`);
const ARTICLE_EVENTS = ['decision.set', 'decision.cleared', 'decision.undone', 'comment.added', 'flag.created', 'flag.withdrawn', 'request.created'];
/** Events people made (the fixture's imports left theirs too). */
const peopleEvents = () => listHistory(f.context.handle, { kinds: ARTICLE_EVENTS, limit: 100 });
const version = async (articleId = 'a1') => (await f.caller.articles.diff({ region: REGION, articleId })).decisionsVersion;
const decisionOf = async (serviceId: string) => (await f.caller.articles.diff({ region: REGION, articleId: 'a1' })).items.find((i) => i.serviceId === serviceId)?.decision ?? null;

describe('every write leaves exactly one event with who and when', () => {
  const leena = () => f.as('Leena Palveluvastaava', at(8));
  const cases: [string, () => Promise<unknown>, { kind: string; articleId: string | null; serviceId: string | null }][] = [
    ['decisions.set', async () => leena().decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: await version() }), { kind: 'decision.set', articleId: 'a1', serviceId: S1 }],
    ['comments.add', () => leena().comments.add({ articleId: 'a1', serviceId: S1, body: 'Kuuluu tänne' }), { kind: 'comment.added', articleId: 'a1', serviceId: S1 }],
    [
      'flags.create',
      () => leena().flags.create({ region: REGION, articleId: 'a1', serviceId: S6, itemKind: 'keywords', itemValue: K1, target: 'service', reason: 'asiasana väärin' }),
      { kind: 'flag.created', articleId: 'a1', serviceId: S6 },
    ],
    [
      'descriptionRequests.create',
      () =>
        leena().descriptionRequests.create({
          region: REGION,
          name: { fi: 'Perhekahvila', sv: 'Familjecafé' },
          summary: { fi: 'Tiivistelmä', sv: 'Sammanfattning' },
          description: { fi: 'Kuvaus', sv: 'Beskrivning' },
          organizationName: 'Esimerkkikunta',
          keywords: [],
          serviceClasses: [],
          targetGroups: [],
          articleIds: ['a1'],
        }),
      { kind: 'request.created', articleId: 'a1', serviceId: null },
    ],
  ];

  it.each(cases)('%s', async (_name, write, expected) => {
    await write();
    const events = peopleEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ...expected, userName: 'Leena Palveluvastaava', userId: expect.any(Number), at: at(8).toISOString() });
  });

  it('decisions.clear, flags.withdraw and undo each add one more', async () => {
    const leenaCaller = leena();
    await leenaCaller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: 0 });
    await leenaCaller.decisions.clear({ region: REGION, articleId: 'a1', serviceIds: [S1], baseVersion: 1 });
    expect(peopleEvents().map((e) => e.kind)).toEqual(['decision.cleared', 'decision.set']);
    await leenaCaller.decisions.undoLast({ region: REGION });
    expect(peopleEvents().map((e) => e.kind)).toEqual(['decision.undone', 'decision.cleared', 'decision.set']);
    const flag = await leenaCaller.flags.create({ region: REGION, articleId: 'a1', serviceId: S6, itemKind: 'keywords', itemValue: K1, target: 'service', reason: 'asiasana väärin' });
    await leenaCaller.flags.withdraw({ id: flag.id });
    const events = peopleEvents();
    expect(events.map((e) => e.kind)).toEqual(['flag.withdrawn', 'flag.created', 'decision.undone', 'decision.cleared', 'decision.set']);
    expect(events.every((e) => e.userName === 'Leena Palveluvastaava' && e.at === at(8).toISOString())).toBe(true);
  });

  it('a decision event keeps before and after and the version it made', async () => {
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', note: 'oma', baseVersion: 0 });
    await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'exclude', baseVersion: 1 });
    expect(peopleEvents()[0]).toMatchObject({ articleVersion: 2, data: { before: { decision: 'include', note: 'oma' }, after: { decision: 'exclude', note: null } } });
  });
});

describe('the log is append-only', () => {
  it('UPDATE and DELETE on history_events are refused by the database', async () => {
    await f.caller.comments.add({ articleId: 'a1', body: 'hei' });
    const { sqlite } = f.context.handle;
    expect(() => sqlite.prepare(`UPDATE history_events SET user_name = 'joku muu'`).run()).toThrow();
    expect(() => sqlite.prepare(`DELETE FROM history_events`).run()).toThrow();
    expect(() => writeTransaction(f.context.handle, () => sqlite.prepare(`DELETE FROM history_events WHERE kind = 'comment.added'`).run())).toThrow();
    expect(peopleEvents()).toHaveLength(1);
    expect(peopleEvents()[0]?.userName).toBe('Riikka Arvioija');
  });
});

describe('undo of one’s own last decision', () => {
  it('restores the state before it (an earlier decision, with its author and time)', async () => {
    await f.as('Pekka Perhetyöntekijä', at(7)).decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'exclude', note: 'ei kuulu', baseVersion: 0 });
    const leena = f.as('Leena Palveluvastaava', at(8));
    await leena.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1, S6], decision: 'include', baseVersion: 1 });
    expect(await leena.decisions.undoLast({ region: REGION })).toEqual({ articleId: 'a1', version: 3, changed: 2 });
    expect(await decisionOf(S1)).toMatchObject({ decision: 'exclude', decidedBy: 'Pekka Perhetyöntekijä', decidedAt: at(7).toISOString(), note: 'ei kuulu' });
    expect(await decisionOf(S6)).toBeNull();
    const undone = peopleEvents().filter((e) => e.kind === 'decision.undone');
    expect(undone).toHaveLength(2);
    expect(undone.every((e) => e.userName === 'Leena Palveluvastaava' && e.articleVersion === 3)).toBe(true);
  });

  it('is not undone again: a second undo finds nothing to undo', async () => {
    const leena = f.as('Leena Palveluvastaava', at(8));
    await leena.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: 0 });
    await leena.decisions.undoLast({ region: REGION });
    const again = await refusal(leena.decisions.undoLast({ region: REGION }));
    expect(again.code).toBe('NOT_FOUND');
    expect(await decisionOf(S1)).toBeNull();
  });

  it('with nothing decided yet: NOT_FOUND', async () => {
    expect((await refusal(f.caller.decisions.undoLast({ region: REGION }))).code).toBe('NOT_FOUND');
  });

  it('after someone else changed the same pair: CONFLICT naming them, and their change stays', async () => {
    const leena = f.as('Leena Palveluvastaava', at(8));
    await leena.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: 0 });
    await f.as('Pekka Perhetyöntekijä', at(9)).decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'exclude', baseVersion: 1 });
    const error = await refusal(leena.decisions.undoLast({ region: REGION }));
    expect(error.code).toBe('CONFLICT');
    expect(error.cause).toMatchObject({ details: { changes: [{ by: 'Pekka Perhetyöntekijä', at: at(9).toISOString(), serviceId: S1, to: 'exclude' }] } });
    expect(await decisionOf(S1)).toMatchObject({ decision: 'exclude', decidedBy: 'Pekka Perhetyöntekijä' });
  });

  it('is only one’s own: someone else’s last decision is not mine to undo', async () => {
    await f.as('Pekka Perhetyöntekijä', at(9)).decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'exclude', baseVersion: 0 });
    expect((await refusal(f.as('Leena Palveluvastaava', at(10)).decisions.undoLast({ region: REGION }))).code).toBe('NOT_FOUND');
  });
});

describe('who may read which history', () => {
  function workshopWith(articleId: string): number {
    const { sqlite } = f.context.handle;
    return writeTransaction(f.context.handle, () => {
      const id = Number(
        sqlite
          .prepare(`INSERT INTO workshops (name, topics, date, mode, region_code, created_by, created_at) VALUES ('Vauvatyöpaja', '["vauva"]', '2026-12-01', 'async', ?, 'test', ?)`)
          .run(REGION, CLOCK.toISOString()).lastInsertRowid,
      );
      sqlite.prepare(`INSERT INTO workshop_articles (workshop_id, article_id, position) VALUES (?, ?, 0)`).run(id, articleId);
      return id;
    });
  }
  const callerFor = (name: string, role: 'lead' | 'participant' | 'viewer', topics: string[] = [], workshopId?: number) => {
    const user = userNamed(f.context.handle, name, role, topics);
    if (workshopId !== undefined) writeTransaction(f.context.handle, () => f.context.handle.sqlite.prepare(`INSERT INTO workshop_participants (workshop_id, user_id) VALUES (?, ?)`).run(workshopId, user.id));
    return createCaller({ ...asUser(f.context, reloadUser(f.context.handle, user)), now: () => CLOCK });
  };

  beforeEach(async () => {
    await f.caller.comments.add({ articleId: 'a1', serviceId: S1, body: 'a1:ssä' });
    await f.caller.comments.add({ articleId: 'a3', serviceId: S1, body: 'a3:ssa' });
  });

  it('a participant sees the history of their workshop’s articles only', async () => {
    const sanna = callerFor('Sanna Osallistuja', 'participant', [], workshopWith('a1'));
    const ofArticle = await sanna.history.list({ articleId: 'a1' });
    expect(ofArticle.events.map((e) => [e.kind, e.articleId])).toEqual([['comment.added', 'a1']]);
    expect((await refusal(sanna.history.list({ articleId: 'a3' }))).code).toBe('FORBIDDEN');
    // A service's timeline shows only the events in articles they may read.
    const ofService = await sanna.history.list({ serviceId: S1 });
    expect(ofService.events.map((e) => e.articleId)).toEqual(['a1']);
  });

  it('a participant reading an article’s history sees of a change request only the articles they may read', async () => {
    const request = await f.caller.changeRequests.create({ region: REGION, type: 'service.removeItem', serviceId: S1, itemKind: 'keywords', itemValue: K1, articleIds: ['a1', 'a3'], reason: 'asiasana väärin' });
    await f.caller.changeRequests.update({ region: REGION, id: request.id, baseVersion: 1, articleIds: ['a1', 'a5'] });
    const requestEvents = (events: { kind: string; data: Record<string, unknown> }[]) =>
      events.filter((e) => e.kind.startsWith('changeRequest.')).map((e) => [e.kind, e.data['articleIds'], e.data['articleIdsBefore'] ?? null]);
    expect(requestEvents((await f.caller.history.list({ articleId: 'a1' })).events)).toEqual([
      ['changeRequest.changed', ['a1', 'a5'], ['a1', 'a3']],
      ['changeRequest.created', ['a1', 'a3'], null],
    ]);
    const sanna = callerFor('Sanna Osallistuja', 'participant', [], workshopWith('a1'));
    expect(requestEvents((await sanna.history.list({ articleId: 'a1' })).events)).toEqual([
      ['changeRequest.changed', ['a1'], ['a1']],
      ['changeRequest.created', ['a1'], null],
    ]);
    expect(requestEvents((await sanna.history.list({ serviceId: S1 })).events)).toEqual([
      ['changeRequest.changed', ['a1'], ['a1']],
      ['changeRequest.created', ['a1'], null],
    ]);
  });

  it('a participant without a workshop sees nothing', async () => {
    const pekka = callerFor('Pekka Osallistuja', 'participant');
    expect((await refusal(pekka.history.list({ articleId: 'a1' }))).code).toBe('FORBIDDEN');
    expect((await pekka.history.list({ serviceId: S1 })).events).toEqual([]);
  });

  it.each([
    ['lead', ['vauva']],
    ['viewer', []],
    ['participant', []],
  ] as const)('a %s asking for the whole history (no article, no service) is FORBIDDEN', async (role, topics) => {
    const caller = callerFor(`Testi ${role}`, role, [...topics]);
    expect((await refusal(caller.history.list({}))).code).toBe('FORBIDDEN');
  });

  it('a viewer reads any article’s and service’s timeline; a manager the whole history', async () => {
    const ville = callerFor('Ville Lukija', 'viewer');
    expect((await ville.history.list({ articleId: 'a3' })).events).toHaveLength(1);
    expect((await ville.history.list({ serviceId: S1 })).events).toHaveLength(2);
    const all = await f.caller.history.list({});
    expect(all.events.map((e) => e.kind)).toEqual(['comment.added', 'comment.added', 'import.articles', 'import.catalogue']);
  });

  it('pages newest first with nextBeforeId', async () => {
    const first = await f.caller.history.list({ serviceId: S1, limit: 1 });
    expect(first.events.map((e) => e.articleId)).toEqual(['a3']);
    expect(first.nextBeforeId).toBe(first.events[0]!.id);
    const second = await f.caller.history.list({ serviceId: S1, limit: 1, beforeId: first.nextBeforeId });
    expect(second.events.map((e) => e.articleId)).toEqual(['a1']);
    expect(second.nextBeforeId).toBeNull();
  });

  it('signed out: UNAUTHORIZED', async () => {
    const anonymous = createCaller({ ...asUser(f.context, null), now: () => CLOCK });
    expect((await refusal(anonymous.history.list({ articleId: 'a1' }))).code).toBe('UNAUTHORIZED');
  });
});
