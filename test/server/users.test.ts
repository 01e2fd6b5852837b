/**
 * The users admin API: a manager invites people with one-time links, changes their role and
 * topics (with a version check), deactivates and reactivates them, and sends new links;
 * nobody else may. Deactivated people keep their name in history, decisions and comments.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthError, AuthService, defaultAuthSettings } from '../../server/auth/auth-service';
import { sessionCookieName } from '../../server/auth/session-cookie';
import { asUser } from '../../server/services/create-context';
import { refusal } from '../helpers/refusal';
import { dumpTables } from '../helpers/temp-db';
import { userNamed } from '../helpers/test-users';
import { CLOCK, REGION, S1, createCaller, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => {
  f = await reviewFixture();
  // Cheap hashing: these tests are about accounts, not about the cost of scrypt.
  f.context.auth = new AuthService(f.context.handle, { ...defaultAuthSettings, scrypt: { logN: 10, r: 8, p: 1 } });
});
afterEach(() => f.cleanup());

const DAY = 86_400_000;
const at = (ms: number) => new Date(CLOCK.getTime() + ms);
const PASSWORD = 'kesäpäivä ja lintujen laulu';

/** Someone who is not signed in (the invitation page), with the cookies the server sets. */
function visitor(now: Date = CLOCK) {
  const cookies: string[] = [];
  const caller = createCaller({ ...asUser(f.context, null), now: () => now, setCookie: (cookie: string) => void cookies.push(cookie) });
  const token = () => new RegExp(`^${sessionCookieName}=([^;]+)`).exec(cookies.at(-1) ?? '')?.[1] ?? null;
  return { caller, token };
}

const tokenOf = (path: string) => path.replace(/^\/invite#/, '');
const invite = (email: string, name: string, role: 'manager' | 'lead' | 'participant' | 'viewer' = 'participant', topics: string[] = []) =>
  f.caller.users.create({ email, name, role, topics });
const account = async (id: number) => (await f.caller.users.list()).find((u) => u.id === id)!;

describe('inviting a person', () => {
  it('creates a pending account whose one-time link signs them in once', async () => {
    const created = await invite('Pekka.Perhe@Example.fi', 'Pekka Perhetyöntekijä');
    expect(created.invitePath).toMatch(/^\/invite#[A-Za-z0-9_-]{40,}$/);
    expect(created.expiresAt).toBe(at(7 * DAY).toISOString());
    expect(await account(created.id)).toMatchObject({ email: 'pekka.perhe@example.fi', role: 'participant', status: 'invited', validLinkUntil: created.expiresAt, workshopCount: 0, createdAt: CLOCK.toISOString() });

    const first = visitor(at(DAY));
    expect(await first.caller.auth.invite({ token: tokenOf(created.invitePath) })).toEqual({ email: 'pekka.perhe@example.fi', name: 'Pekka Perhetyöntekijä' });
    expect(await first.caller.auth.acceptInvite({ token: tokenOf(created.invitePath), password: PASSWORD })).toMatchObject({ id: created.id, name: 'Pekka Perhetyöntekijä' });
    expect(f.context.auth.resolve(first.token(), at(DAY))?.user.id).toBe(created.id);
    expect(await account(created.id)).toMatchObject({ status: 'active', validLinkUntil: null });

    const second = visitor(at(DAY));
    expect(await second.caller.auth.invite({ token: tokenOf(created.invitePath) })).toBeNull();
    const refused = await refusal(second.caller.auth.acceptInvite({ token: tokenOf(created.invitePath), password: 'toinen salasana tähän' }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect((refused.cause as AuthError).reason).toBe('invalid_invite');
  });

  it('refuses a link after its seven days', async () => {
    const created = await invite('sanna@example.fi', 'Sanna Terveydenhoitaja');
    const late = visitor(at(7 * DAY + 1000));
    expect(await late.caller.auth.invite({ token: tokenOf(created.invitePath) })).toBeNull();
    expect((await refusal(late.caller.auth.acceptInvite({ token: tokenOf(created.invitePath), password: PASSWORD }))).code).toBe('BAD_REQUEST');
    const later = createCaller({ ...f.context, now: () => at(8 * DAY) });
    expect((await later.users.list()).find((u) => u.id === created.id)).toMatchObject({ status: 'inviteExpired', validLinkUntil: null });
  });

  it('records who created and invited the account', async () => {
    const created = await invite('leena@example.fi', 'Leena Palveluvastaava', 'lead', ['vauva']);
    const events = (await f.caller.history.list({ limit: 10 })).events.filter((e) => e.data['userId'] === created.id);
    expect(events.map((e) => e.kind).sort()).toEqual(['user.created', 'user.invited']);
    expect(events.find((e) => e.kind === 'user.invited')).toMatchObject({ userName: 'Riikka Arvioija', userId: f.context.user!.id });
  });

  it('keeps topics for a lead only, and refuses a topic no article has', async () => {
    const lead = await invite('leena@example.fi', 'Leena Palveluvastaava', 'lead', ['vauva', 'tuki', 'vauva']);
    expect((await account(lead.id)).topics).toEqual(['tuki', 'vauva']);
    const viewer = await invite('ville@example.fi', 'Ville Katselija', 'viewer', ['vauva']);
    expect((await account(viewer.id)).topics).toEqual([]);
    const refused = await refusal(invite('x@example.fi', 'X', 'lead', ['avaruus']));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toContain('avaruus');
  });

  it('refuses a second account for the same email', async () => {
    await invite('sanna@example.fi', 'Sanna');
    const refused = await refusal(invite('SANNA@example.fi', 'Sanna Toinen'));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toContain('sanna@example.fi');
  });
});

describe('changing role and topics', () => {
  it('changes them and records before and after', async () => {
    const created = await invite('pekka@example.fi', 'Pekka');
    const { version } = await account(created.id);
    const changed = await f.caller.users.update({ id: created.id, version, name: 'Pekka Perhetyöntekijä', role: 'lead', topics: ['vauva'] });
    expect(changed).toMatchObject({ name: 'Pekka Perhetyöntekijä', role: 'lead', topics: ['vauva'], version: version + 1 });
    const event = (await f.caller.history.list({ limit: 1 })).events[0]!;
    expect(event).toMatchObject({ kind: 'user.changed', userName: 'Riikka Arvioija' });
    expect(event.data).toEqual({ userId: created.id, before: { name: 'Pekka', role: 'participant', topics: [] }, after: { name: 'Pekka Perhetyöntekijä', role: 'lead', topics: ['vauva'] } });
  });

  it('refuses a change based on an old version, naming who changed it first', async () => {
    const created = await invite('pekka@example.fi', 'Pekka');
    const { version } = await account(created.id);
    await f.as('Päivi Projektipäällikkö').users.update({ id: created.id, version, name: 'Pekka', role: 'viewer', topics: [] });
    const refused = await refusal(f.caller.users.update({ id: created.id, version, name: 'Pekka', role: 'lead', topics: ['vauva'] }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Päivi Projektipäällikkö');
    expect(refused.cause).toMatchObject({ details: { changes: [{ by: 'Päivi Projektipäällikkö', what: 'user.changed' }] } });
    expect(await account(created.id)).toMatchObject({ role: 'viewer', version: version + 1 });
  });

  it('does not let the last active manager stop being a manager', async () => {
    const me = f.context.user!;
    const refused = await refusal(f.caller.users.update({ id: me.id, version: me.version, name: me.name, role: 'lead', topics: ['vauva'] }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toContain('last active manager');
    // With a second manager, one of them may step down; then the other is the last.
    const other = f.as('Päivi Projektipäällikkö');
    const paivi = (await f.caller.users.list()).find((u) => u.name === 'Päivi Projektipäällikkö')!;
    await f.caller.users.update({ id: me.id, version: me.version, name: me.name, role: 'viewer', topics: [] });
    expect((await refusal(other.users.update({ id: paivi.id, version: paivi.version, name: paivi.name, role: 'viewer', topics: [] }))).message).toContain('last active manager');
  });

  it('says NOT_FOUND for an unknown account', async () => {
    expect((await refusal(f.caller.users.update({ id: 999, version: 1, name: 'Ei ole', role: 'viewer', topics: [] }))).code).toBe('NOT_FOUND');
    expect((await refusal(f.caller.users.deactivate({ id: 999 }))).code).toBe('NOT_FOUND');
  });
});

describe('deactivating and reactivating', () => {
  it('ends every session at once and keeps the name in decisions, comments and history', async () => {
    const kalle = userNamed(f.context.handle, 'Kalle Kommentoija', 'manager');
    const asKalle = f.as('Kalle Kommentoija');
    const { decisionsVersion } = await asKalle.articles.diff({ region: REGION, articleId: 'a1' });
    await asKalle.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: decisionsVersion });
    await asKalle.comments.add({ articleId: 'a1', body: 'Tämä kuuluu tänne.' });
    const sessions = [f.context.auth.startSession(kalle.id, 'password', CLOCK).token, f.context.auth.startSession(kalle.id, 'password', CLOCK).token];

    expect(await f.caller.users.deactivate({ id: kalle.id })).toMatchObject({ active: false, status: 'deactivated', deactivatedAt: CLOCK.toISOString() });
    for (const token of sessions) expect(f.context.auth.resolve(token, CLOCK)).toBeNull();
    const remaining = f.context.handle.sqlite.prepare(`SELECT count(*) FROM sessions WHERE user_id = ?`).pluck().get(kalle.id);
    expect(remaining).toBe(0);

    const diff = await f.caller.articles.diff({ region: REGION, articleId: 'a1' });
    expect(diff.items.find((i) => i.serviceId === S1)?.decision).toMatchObject({ decidedBy: 'Kalle Kommentoija' });
    expect((await f.caller.comments.list({ articleId: 'a1' })).map((c) => c.author)).toContain('Kalle Kommentoija');
    const history = (await f.caller.history.list({ articleId: 'a1', limit: 10 })).events;
    expect(history.filter((e) => e.userName === 'Kalle Kommentoija').map((e) => e.kind)).toEqual(expect.arrayContaining(['decision.set', 'comment.added']));
    expect((await f.caller.history.list({ limit: 1 })).events[0]).toMatchObject({ kind: 'user.deactivated', data: { userId: kalle.id, name: 'Kalle Kommentoija' } });
    expect((await account(kalle.id)).name).toBe('Kalle Kommentoija');
  });

  it('does not let a manager deactivate themselves (so the last manager stays)', async () => {
    const refused = await refusal(f.caller.users.deactivate({ id: f.context.user!.id }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect((await account(f.context.user!.id)).active).toBe(true);
  });

  it('reactivates: the person can sign in again with their password', async () => {
    const created = await invite('sanna@example.fi', 'Sanna');
    await visitor().caller.auth.acceptInvite({ token: tokenOf(created.invitePath), password: PASSWORD });
    await f.caller.users.deactivate({ id: created.id });
    await expect(f.context.auth.signIn('sanna@example.fi', PASSWORD, 'test', CLOCK)).rejects.toThrow(AuthError);
    expect(await f.caller.users.reactivate({ id: created.id })).toMatchObject({ active: true, status: 'active', deactivatedAt: null });
    expect((await f.context.auth.signIn('sanna@example.fi', PASSWORD, 'test', CLOCK)).user.id).toBe(created.id);
    expect((await f.caller.history.list({ limit: 1 })).events[0]).toMatchObject({ kind: 'user.reactivated', data: { userId: created.id } });
  });
});

describe('a new invitation link', () => {
  it('replaces the old link, ends the sessions and lets the person set a new password', async () => {
    const created = await invite('pekka@example.fi', 'Pekka');
    const firstVisit = visitor();
    await firstVisit.caller.auth.acceptInvite({ token: tokenOf(created.invitePath), password: PASSWORD });
    const again = await f.caller.users.reinvite({ id: created.id });
    expect(again.invitePath).not.toBe(created.invitePath);
    expect(f.context.auth.resolve(firstVisit.token(), CLOCK)).toBeNull();
    expect(await account(created.id)).toMatchObject({ status: 'active', validLinkUntil: again.expiresAt });

    const reset = visitor(at(DAY));
    await reset.caller.auth.acceptInvite({ token: tokenOf(again.invitePath), password: 'uusi pitkä salasana' });
    expect(f.context.auth.resolve(reset.token(), at(DAY))?.user.id).toBe(created.id);
    expect((await f.caller.history.list({ limit: 10 })).events.filter((e) => e.kind === 'user.invited' && e.data['userId'] === created.id)).toHaveLength(2);
  });

  it('makes an unused earlier link stop working', async () => {
    const created = await invite('pekka@example.fi', 'Pekka');
    await f.caller.users.reinvite({ id: created.id });
    expect(await visitor().caller.auth.invite({ token: tokenOf(created.invitePath) })).toBeNull();
  });

  it('is refused for a deactivated account and for oneself', async () => {
    const created = await invite('pekka@example.fi', 'Pekka');
    await f.caller.users.deactivate({ id: created.id });
    expect((await refusal(f.caller.users.reinvite({ id: created.id }))).message).toContain('reactivate');
    expect((await refusal(f.caller.users.reinvite({ id: f.context.user!.id }))).code).toBe('BAD_REQUEST');
  });
});

describe('who may manage users', () => {
  it('refuses every users.* procedure to leads, participants and viewers, changing nothing', async () => {
    const created = await invite('pekka@example.fi', 'Pekka');
    const target = await account(created.id);
    const people = [userNamed(f.context.handle, 'Leena', 'lead', ['vauva']), userNamed(f.context.handle, 'Sanna', 'participant'), userNamed(f.context.handle, 'Ville', 'viewer')];
    const before = dumpTables(f.context.handle);
    for (const person of people) {
      const caller = createCaller({ ...asUser(f.context, person), now: () => CLOCK });
      const calls: [string, () => Promise<unknown>][] = [
        ['list', () => caller.users.list()],
        ['create', () => caller.users.create({ email: 'uusi@example.fi', name: 'Uusi', role: 'manager', topics: [] })],
        ['update', () => caller.users.update({ id: person.id, version: person.version, name: person.name, role: 'manager', topics: [] })],
        ['deactivate', () => caller.users.deactivate({ id: target.id })],
        ['reactivate', () => caller.users.reactivate({ id: target.id })],
        ['reinvite', () => caller.users.reinvite({ id: target.id })],
      ];
      for (const [name, call] of calls) expect([person.role, name, (await refusal(call())).code]).toEqual([person.role, name, 'FORBIDDEN']);
    }
    expect(dumpTables(f.context.handle)).toEqual(before);
  });

  it('refuses someone not signed in, and shows everyone their own account', async () => {
    expect((await refusal(visitor().caller.users.list())).code).toBe('UNAUTHORIZED');
    expect((await refusal(visitor().caller.users.account())).code).toBe('UNAUTHORIZED');
    const viewer = userNamed(f.context.handle, 'Ville', 'viewer');
    const own = await createCaller({ ...asUser(f.context, viewer), now: () => CLOCK }).users.account();
    expect(own).toEqual({ id: viewer.id, email: viewer.email, name: 'Ville', role: 'viewer', topics: [], createdAt: viewer.createdAt, workshops: [] });
  });
});
