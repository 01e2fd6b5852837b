import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../../db/client';
import { findUserById } from '../../db/queries/users';
import { createAccountWithPassword } from '../../server/auth/accounts';
import { defaultAuthSettings } from '../../server/auth/auth-service';
import { stepAt, totpCode } from '../../server/auth/totp';
import type { Context } from '../../server/context';
import { appRouter } from '../../server/routers/_app';
import { asUser, createBaseContext } from '../../server/services/create-context';
import { createCallerFactory } from '../../server/trpc';

const cheap = { logN: 10, r: 8, p: 1 };
const createCaller = createCallerFactory(appRouter);
const email = 'sanna@county.example';
const password = 'pitkä salasana kahvilla';
const T0 = new Date('2026-11-22T10:00:00Z');

let dir: string;
let handle: DbHandle;
let base: Context;
let userId: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lp-totp-'));
  handle = createDb(join(dir, 'totp.sqlite'));
  base = createBaseContext(handle, pino({ level: 'silent' }), false, { ...defaultAuthSettings, scrypt: cheap });
  userId = await createAccountWithPassword(handle, { email, name: 'Sanna Testi', role: 'viewer' }, password, 'test', cheap);
});
afterEach(() => {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = (now: Date, address = '10.0.0.1') => createCaller({ ...base, clientAddress: address, now: () => now });
const signedIn = (now: Date) => createCaller({ ...asUser(base, findUserById(handle, userId)), now: () => now });

async function enrol(now: Date): Promise<string> {
  const { secret, uri } = await signedIn(now).auth.totpBegin({ password });
  expect(uri).toContain(`secret=${secret}`);
  await signedIn(now).auth.totpConfirm({ code: totpCode(secret, stepAt(now)) });
  return secret;
}

describe('second factor (TOTP) for local accounts', () => {
  it('without a second factor, the password alone signs in', async () => {
    await expect(at(T0).auth.signIn({ email, password })).resolves.toMatchObject({ id: userId, totpEnabled: false });
  });

  it('enrolment needs a right code from the pending secret; a wrong one changes nothing', async () => {
    await signedIn(T0).auth.totpBegin({ password });
    await expect(signedIn(T0).auth.totpConfirm({ code: '000000' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(findUserById(handle, userId)?.totpEnabled).toBe(false);
  });

  it('once enrolled, sign-in asks for the code, takes a right one once, and refuses a wrong one', async () => {
    const secret = await enrol(T0);
    const later = new Date(T0.getTime() + 5 * 60_000);
    await expect(at(later).auth.signIn({ email, password })).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { reason: 'code_required' } });
    await expect(at(later).auth.signIn({ email, password, code: '123456' })).rejects.toMatchObject({ cause: { reason: 'wrong_code' } });
    const code = totpCode(secret, stepAt(later));
    await expect(at(later).auth.signIn({ email, password, code })).resolves.toMatchObject({ id: userId, totpEnabled: true });
    // The same code again (a replay within its 30 s) is refused.
    await expect(at(later).auth.signIn({ email, password, code })).rejects.toMatchObject({ cause: { reason: 'wrong_code' } });
  });

  it('a wrong password is refused before any code is asked for', async () => {
    await enrol(T0);
    await expect(at(T0).auth.signIn({ email, password: 'väärä salasana tässä' })).rejects.toMatchObject({ cause: { reason: 'invalid_credentials' } });
  });

  it('wrong codes count towards the sign-in limit', async () => {
    await enrol(T0);
    const later = new Date(T0.getTime() + 60_000);
    for (let i = 0; i < 5; i += 1) await expect(at(later, '10.9.9.9').auth.signIn({ email, password, code: '000000' })).rejects.toMatchObject({ cause: { reason: 'wrong_code' } });
    await expect(at(later, '10.9.9.9').auth.signIn({ email, password, code: '000000' })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('(re)enrolling needs the password, so a borrowed session cannot put its own app in', async () => {
    await enrol(T0);
    await expect(signedIn(T0).auth.totpBegin({ password: 'arvattu salasana ehkä' })).rejects.toMatchObject({ cause: { reason: 'wrong_password' } });
    expect(handle.sqlite.prepare(`SELECT totp_pending_secret FROM users WHERE id = ?`).pluck().get(userId)).toBeNull();
  });

  it('wrong passwords on a signed-in session are limited like sign-ins', async () => {
    const session = () => createCaller({ ...asUser(base, findUserById(handle, userId)), clientAddress: '10.7.7.7', now: () => T0 });
    for (let i = 0; i < 5; i += 1) await expect(session().auth.changePassword({ current: `väärä arvaus numero ${i}`, next: 'uusi hyvä salasana 1' })).rejects.toMatchObject({ cause: { reason: 'wrong_password' } });
    await expect(session().auth.changePassword({ current: password, next: 'uusi hyvä salasana 1' })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(session().auth.totpDisable({ password })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('removing the second factor needs the password', async () => {
    await enrol(T0);
    await expect(signedIn(T0).auth.totpDisable({ password: 'ei tämä ole se' })).rejects.toMatchObject({ cause: { reason: 'wrong_password' } });
    await signedIn(T0).auth.totpDisable({ password });
    await expect(at(T0).auth.signIn({ email, password })).resolves.toMatchObject({ totpEnabled: false });
  });

  it('history records enabling and removing it, and the secret is never logged there', async () => {
    const secret = await enrol(T0);
    await signedIn(T0).auth.totpDisable({ password });
    const rows = handle.sqlite.prepare(`SELECT kind, data FROM history_events WHERE user_id = ? AND kind = 'user.changed' ORDER BY id`).all(userId) as { kind: string; data: string }[];
    expect(rows.map((r) => JSON.parse(r.data).secondFactor)).toEqual(['enabled', 'removed']);
    expect(rows.some((r) => r.data.includes(secret))).toBe(false);
  });
});
