/**
 * Sessions over HTTP (security.md: ASVS 3.3.1–3.3.4, 7.2.3, 7.2.4, 7.3.1, 7.3.2, 7.4.1–7.4.3,
 * 11.5.1): the cookie's attributes, 32-byte tokens stored only as hashes, a new session on
 * every sign-in, and the old cookie refused after sign-out, password change, deactivation,
 * idle time and the absolute limit. The tests play the browser, cookies handled by hand.
 */
import { readFileSync, existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../db/client';
import { setUserActive } from '../../db/queries/users';
import { createAccountWithInvite, createAccountWithPassword } from '../../server/auth/accounts';
import { sessionCookieName } from '../../server/auth/session-cookie';
import { newToken, tokenHash } from '../../server/auth/tokens';
import { createCaller } from './review-fixture';
import { asUser } from '../../server/services/create-context';
import { dumpTables } from '../helpers/temp-db';
import { listen, testAuthSettings, testContext } from '../helpers/test-app';
import { sessionCookieFrom, signInOverHttp, tokenOf, trpcMutation, trpcQuery } from '../helpers/trpc-http';
import { userNamed } from '../helpers/test-users';

const start = new Date('2026-11-20T10:00:00.000Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const email = 'liisa@example.fi';
const password = 'liisan pitkä salasana';

let env: ReturnType<typeof testContext>;
let app: Awaited<ReturnType<typeof listen>>;
let clock: Date;
let liisaId: number;
beforeEach(async () => {
  env = testContext();
  clock = start;
  env.context.now = () => clock;
  liisaId = await createAccountWithPassword(env.handle, { email, name: 'Liisa Lukija', role: 'viewer' }, password, 'test', testAuthSettings.scrypt);
  app = await listen(env.context);
});
afterEach(async () => {
  await app.close();
  env.cleanup();
});

const me = async (cookie: string | null) => (await trpcQuery(app.url, 'auth.me', undefined, cookie)).body.result?.data ?? null;
/** A procedure that needs someone signed in: 200 with a live session, 401 without. */
const protectedStatus = async (cookie: string) => (await trpcQuery(app.url, 'catalogue.regions', undefined, cookie)).status;
const expectEnded = async (cookie: string) => {
  expect(await me(cookie)).toBeNull();
  expect(await protectedStatus(cookie)).toBe(401);
};
const expectLive = async (cookie: string) => {
  expect(await me(cookie)).toMatchObject({ id: liisaId, email });
  expect(await protectedStatus(cookie)).toBe(200);
};

describe('tokens', () => {
  it('are 32 random bytes in base64url: 43 characters, never the same twice', () => {
    const tokens = Array.from({ length: 200 }, newToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('the sessions table holds only the SHA-256 of the cookie token; the token is nowhere in the database', async () => {
    const cookie = await signInOverHttp(app.url, email, password);
    const token = tokenOf(cookie);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = env.handle.sqlite.prepare('SELECT * FROM sessions').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!['token_hash']).toBe(tokenHash(token));
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expectNowhereInDatabase(token);
  });

  it('the invites table holds only the SHA-256 of the invitation token', () => {
    const invite = createAccountWithInvite(env.handle, env.context.auth, { email: 'kutsu@example.fi', name: 'Kutsuttu', role: 'viewer' }, 'test', start);
    expect(invite.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = env.handle.sqlite.prepare('SELECT * FROM invites').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(Object.values(rows[0]!)).toContain(tokenHash(invite.token));
    expectNowhereInDatabase(invite.token);
  });
});

describe('the session cookie', () => {
  it('is __Host- prefixed, Secure, HttpOnly, SameSite=Lax, Path=/, without Domain, ending with the absolute limit', async () => {
    const res = await trpcMutation(app.url, 'auth.signIn', { email, password });
    expect(res.status).toBe(200);
    expect(res.setCookies).toHaveLength(1);
    const [pair, ...attributes] = res.setCookies[0]!.split(';').map((part) => part.trim());
    expect(pair!.startsWith('__Host-')).toBe(true);
    expect(pair!.split('=')[0]).toBe(sessionCookieName);
    const attrs = new Map(attributes.map((a) => [a.split('=')[0]!.toLowerCase(), a.includes('=') ? a.slice(a.indexOf('=') + 1) : true]));
    expect(attrs.get('secure')).toBe(true);
    expect(attrs.get('httponly')).toBe(true);
    expect(attrs.get('samesite')).toBe('Lax');
    expect(attrs.get('path')).toBe('/');
    expect(attrs.has('domain')).toBe(false);
    expect(attrs.get('max-age')).toBe(String(testAuthSettings.absoluteHours * 3600));
  });

  it('a failed sign-in sets no cookie and makes no session', async () => {
    const res = await trpcMutation(app.url, 'auth.signIn', { email, password: 'väärä salasana' });
    expect(res.status).toBe(400);
    expect(res.setCookies).toEqual([]);
    expect(env.handle.sqlite.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
  });

  it('tokens that are not ours (wrong shape, unknown, a hash of a real one) sign nobody in', async () => {
    const cookie = await signInOverHttp(app.url, email, password);
    for (const value of ['', 'x', 'A'.repeat(43), tokenHash(tokenOf(cookie)), `${tokenOf(cookie)}x`, `${tokenOf(cookie).slice(0, 42)}`]) {
      expect(await me(`${sessionCookieName}=${value}`), value).toBeNull();
    }
    await expectLive(cookie);
  });
});

describe('a new session on every sign-in', () => {
  it('a second sign-in gives another token, and ends the session the browser sent along', async () => {
    const first = await signInOverHttp(app.url, email, password);
    const second = await signInOverHttp(app.url, email, password, first);
    expect(tokenOf(second)).not.toBe(tokenOf(first));
    await expectEnded(first);
    await expectLive(second);
  });

  it('a session planted before sign-in (fixation) is not the one that is signed in', async () => {
    const planted = `${sessionCookieName}=${newToken()}`;
    const signedIn = await signInOverHttp(app.url, email, password, planted);
    expect(signedIn).not.toBe(planted);
    expect(await me(planted)).toBeNull();
  });

  it('signing in as another person ends the first person’s session in that browser', async () => {
    await createAccountWithPassword(env.handle, { email: 'toinen@example.fi', name: 'Toinen', role: 'viewer' }, 'toisen salasana', 'test', testAuthSettings.scrypt);
    const liisa = await signInOverHttp(app.url, email, password);
    const other = await signInOverHttp(app.url, 'toinen@example.fi', 'toisen salasana', liisa);
    await expectEnded(liisa);
    expect(await me(other)).toMatchObject({ email: 'toinen@example.fi' });
  });
});

describe('the old cookie is refused after', () => {
  it('sign-out: the session row is gone and the answer clears the cookie', async () => {
    const cookie = await signInOverHttp(app.url, email, password);
    const out = await trpcMutation(app.url, 'auth.signOut', undefined, cookie);
    expect(out.status).toBe(200);
    expect(sessionCookieFrom(out)).toBeNull();
    expect(out.setCookies.some((c) => c.startsWith(`${sessionCookieName}=;`) && /Max-Age=0/i.test(c))).toBe(true);
    await expectEnded(cookie);
    expect(env.handle.sqlite.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
    // Signing out again with the dead cookie is refused: nobody is signed in.
    expect((await trpcMutation(app.url, 'auth.signOut', undefined, cookie)).status).toBe(401);
  });

  it('a password change: the other sessions end, the one that changed it stays, the old password no longer works', async () => {
    const here = await signInOverHttp(app.url, email, password);
    const elsewhere = await signInOverHttp(app.url, email, password);
    const res = await trpcMutation(app.url, 'auth.changePassword', { current: password, next: 'aivan uusi salasana' }, here);
    expect(res.status).toBe(200);
    await expectEnded(elsewhere);
    await expectLive(here);
    expect((await trpcMutation(app.url, 'auth.signIn', { email, password })).status).toBe(400);
    await signInOverHttp(app.url, email, 'aivan uusi salasana');
  });

  it('a refused password change (wrong current password) ends nothing', async () => {
    const here = await signInOverHttp(app.url, email, password);
    const elsewhere = await signInOverHttp(app.url, email, password);
    expect((await trpcMutation(app.url, 'auth.changePassword', { current: 'väärä salasana', next: 'aivan uusi salasana' }, here)).status).toBe(400);
    await expectLive(elsewhere);
  });

  it('deactivation by a manager: every session of the person ends at once', async () => {
    const first = await signInOverHttp(app.url, email, password);
    const second = await signInOverHttp(app.url, email, password);
    const manager = createCaller({ ...asUser(env.context, userNamed(env.handle, 'Päivi Pääkäyttäjä', 'manager')), now: () => clock });
    const version = env.handle.sqlite.prepare('SELECT version FROM users WHERE id = ?').pluck().get(liisaId) as number;
    expect(version).toBeGreaterThan(0);
    await manager.users.deactivate({ id: liisaId });
    await expectEnded(first);
    await expectEnded(second);
    expect(env.handle.sqlite.prepare('SELECT count(*) FROM sessions WHERE user_id = ?').pluck().get(liisaId)).toBe(0);
    // …and a deactivated account cannot sign in again.
    expect((await trpcMutation(app.url, 'auth.signIn', { email, password })).status).toBe(400);
  });

  it('deactivation in the database alone: a session still in the table no longer signs anyone in', async () => {
    const cookie = await signInOverHttp(app.url, email, password);
    writeTransaction(env.handle, () => setUserActive(env.handle, liisaId, false, clock.toISOString()));
    await expectEnded(cookie);
    env.context.auth.endAllSessions(liisaId);
    writeTransaction(env.handle, () => setUserActive(env.handle, liisaId, true, clock.toISOString()));
    // Reactivating does not bring the ended session back.
    await expectEnded(cookie);
  });
});

describe('timeouts (fake clock)', () => {
  const { idleMinutes, absoluteHours } = testAuthSettings;

  it('a session unused for the idle time ends; one used just before it does not', async () => {
    expect(idleMinutes).toBe(120);
    const cookie = await signInOverHttp(app.url, email, password);
    clock = minutes(idleMinutes - 1);
    await expectLive(cookie);
    // Activity moved the idle limit: idle minutes after the last request, not after sign-in.
    clock = minutes(2 * idleMinutes - 2);
    await expectLive(cookie);
    clock = minutes(3 * idleMinutes - 2);
    await expectEnded(cookie);
    // The ended session is removed, so going back in time does not revive it.
    clock = minutes(idleMinutes);
    await expectEnded(cookie);
    expect(env.handle.sqlite.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
  });

  it('a session ends at the absolute limit even when it is used all the time', async () => {
    expect(absoluteHours).toBe(12);
    const cookie = await signInOverHttp(app.url, email, password);
    for (let at = 60; at < absoluteHours * 60; at += 60) {
      clock = minutes(at);
      await expectLive(cookie);
    }
    clock = minutes(absoluteHours * 60 - 1);
    await expectLive(cookie);
    clock = minutes(absoluteHours * 60);
    await expectEnded(cookie);
  });

  it('AuthService.resolve applies the same limits to a token directly', async () => {
    const { token } = env.context.auth.startSession(liisaId, 'password', start);
    expect(env.context.auth.resolve(token, minutes(idleMinutes - 1))?.user.id).toBe(liisaId);
    expect(env.context.auth.resolve(token, minutes(2 * idleMinutes - 2))?.user.id).toBe(liisaId);
    expect(env.context.auth.resolve(token, minutes(3 * idleMinutes))).toBeNull();
    const other = env.context.auth.startSession(liisaId, 'password', start);
    expect(env.context.auth.resolve(other.token, new Date(start.getTime() + absoluteHours * 3_600_000))).toBeNull();
  });
});

/** The token appears in no row of any table, nor in the database files on disk. */
function expectNowhereInDatabase(token: string): void {
  expect(JSON.stringify(dumpTables(env.handle))).not.toContain(token);
  env.handle.sqlite.pragma('wal_checkpoint(FULL)');
  const path = env.handle.path;
  for (const file of [path, `${path}-wal`]) if (existsSync(file)) expect(readFileSync(file).includes(Buffer.from(token)), file).toBe(false);
}
