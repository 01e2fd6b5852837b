/**
 * Security events are logged as structured JSON with UTC times, without passwords or tokens
 * (security.md: ASVS 16.2.1, 16.2.2, 16.2.5, 16.3.1–16.3.4, 16.4.1): failed and successful
 * sign-ins, 429s, authorization refusals, refused input, password changes. Input with CR/LF
 * cannot forge a second log line.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { loggerOptions } from '../../server/logger';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccountWithPassword } from '../../server/auth/accounts';
import { listen, sessionCookieOf, testAuthSettings, testContext } from '../helpers/test-app';
import { userNamed } from '../helpers/test-users';
import { signInOverHttp, tokenOf, trpcMutation, trpcQuery } from '../helpers/trpc-http';

const email = 'lokitettu@example.fi';
const password = 'salainen lause jota ei lokiteta';
const newPassword = 'toinen salainen lause';

let output: string;
let env: ReturnType<typeof testContext>;
let app: Awaited<ReturnType<typeof listen>>;
beforeEach(async () => {
  output = '';
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => ((output += chunk.toString('utf8')), done()) });
  // The options of server/logger.ts (createLogger), writing into the test instead of stderr.
  const log = pino({ level: 'info', ...loggerOptions }, sink);
  env = testContext({ log });
  await createAccountWithPassword(env.handle, { email, name: 'Lokitettu', role: 'viewer' }, password, 'test', testAuthSettings.scrypt);
  app = await listen(env.context);
});
afterEach(async () => {
  await app.close();
  env.cleanup();
});

type Entry = Record<string, unknown> & { level: number; time: string; msg: string };
/** Every line of the log, each a JSON object; fails on a line that is not. */
function entries(): Entry[] {
  const lines = output.split('\n').filter((line) => line !== '');
  return lines.map((line) => JSON.parse(line) as Entry);
}
const withEvent = (event: string) => entries().filter((e) => e['event'] === event);

describe('security events in the log', () => {
  it('a failed sign-in: warn, reason, account and address, in UTC; no password', async () => {
    await trpcMutation(app.url, 'auth.signIn', { email, password: 'väärä arvaus 123' });
    const [failed, ...more] = withEvent('sign_in_failed');
    expect(more).toEqual([]);
    expect(failed).toMatchObject({ level: 40, reason: 'invalid_credentials', account: email, address: '127.0.0.1' });
    expect(failed!.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(output).not.toContain('väärä arvaus 123');
  });

  it('a successful sign-in: the user id, but neither the password nor the session token', async () => {
    const cookie = await signInOverHttp(app.url, email, password);
    expect(withEvent('sign_in')).toEqual([expect.objectContaining({ level: 30, userId: 1, address: '127.0.0.1' })]);
    expect(output).not.toContain(password);
    expect(output).not.toContain(tokenOf(cookie));
    await trpcQuery(app.url, 'auth.me', undefined, cookie);
    expect(output).not.toContain(tokenOf(cookie));
  });

  it('a rate-limited attempt is logged as such', async () => {
    for (let n = 0; n < 6; n += 1) await trpcMutation(app.url, 'auth.signIn', { email, password: `arvaus ${n}` });
    expect(withEvent('sign_in_failed').map((e) => e['reason'])).toEqual([...Array(5).fill('invalid_credentials'), 'rate_limited']);
  });

  it('a FORBIDDEN call: who, which role, what action and which article', async () => {
    const viewer = sessionCookieOf(env.context, userNamed(env.handle, 'Ville Katselija', 'viewer'));
    const res = await trpcMutation(app.url, 'comments.add', { articleId: 'a1', body: 'hei' }, viewer);
    expect(res.status).toBe(403);
    expect(withEvent('authz_denied')).toEqual([expect.objectContaining({ level: 40, role: 'viewer', action: 'comment', userId: expect.any(Number) })]);
    expect(output).not.toContain(tokenOf(viewer));
  });

  it('refused input: which procedure and fields, not the values', async () => {
    const secret = 'x'.repeat(600);
    const res = await trpcMutation(app.url, 'auth.signIn', { email, password: secret });
    expect(res.status).toBe(400);
    expect(withEvent('validation_failed')).toEqual([expect.objectContaining({ level: 40, path: 'auth.signIn', fields: ['password'] })]);
    expect(output).not.toContain(secret.slice(0, 100));
  });

  it('a password change, and a refused one: neither password is logged', async () => {
    const cookie = await signInOverHttp(app.url, email, password);
    await trpcMutation(app.url, 'auth.changePassword', { current: 'ei oikea nykyinen', next: newPassword }, cookie);
    await trpcMutation(app.url, 'auth.changePassword', { current: password, next: newPassword }, cookie);
    expect(withEvent('password_change_failed')).toEqual([expect.objectContaining({ reason: 'wrong_password', userId: 1 })]);
    expect(withEvent('password_changed')).toEqual([expect.objectContaining({ level: 30, userId: 1 })]);
    for (const secret of [password, newPassword, 'ei oikea nykyinen', tokenOf(cookie)]) expect(output).not.toContain(secret);
  });

  it('CR/LF in the input stays inside one line: no forged entries', async () => {
    const forged = `x@example.fi\r\n{"level":30,"time":"2026-01-01T00:00:00.000Z","event":"sign_in","userId":1}\r\nx`;
    const before = entries().length;
    await trpcMutation(app.url, 'auth.signIn', { email: forged, password: 'jotain muuta' });
    const after = entries();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ event: 'sign_in_failed', account: forged });
    expect(withEvent('sign_in')).toEqual([]);
    expect(output.split('\n').filter(Boolean)).toHaveLength(after.length);
  });

  it('every entry has a level, a UTC time and a message', async () => {
    await trpcMutation(app.url, 'auth.signIn', { email, password: 'väärä' });
    await signInOverHttp(app.url, email, password);
    expect(entries().length).toBeGreaterThanOrEqual(2);
    for (const entry of entries()) {
      expect(entry.level).toBeGreaterThanOrEqual(30);
      expect(entry.time).toMatch(/Z$/);
      expect(new Date(entry.time).toISOString()).toBe(entry.time);
      expect(typeof entry.msg).toBe('string');
    }
  });
});
