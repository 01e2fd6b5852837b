/**
 * The first manager: made from LINKKIPAJA_ADMIN_EMAIL and LINKKIPAJA_ADMIN_PASSWORD only while
 * the database has no accounts, never with a weak password, never a built-in one; or from the
 * command line as an invitation link.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { findUserByEmail, passwordHashOf } from '../../db/queries/users';
import { ensureFirstManager } from '../../server/auth/accounts';
import { AuthService } from '../../server/auth/auth-service';
import { tokenHash } from '../../server/auth/tokens';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-db';
import { testAuthSettings, testContext } from '../helpers/test-app';
import { userNamed } from '../helpers/test-users';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
const fresh = () => {
  const env = testContext();
  cleanup = env.cleanup;
  return env;
};
const count = (env: ReturnType<typeof testContext>) => env.handle.sqlite.prepare('SELECT count(*) FROM users').pluck().get() as number;

describe('ensureFirstManager', () => {
  it('creates a manager from the environment when there are no accounts, hashed at the production cost', async () => {
    const env = fresh();
    expect(await ensureFirstManager(env.handle, { email: ' Paivi@Example.FI ', password: 'päivin vahva salasana', name: 'Päivi Pääkäyttäjä' })).toBe('created');
    const user = findUserByEmail(env.handle, 'paivi@example.fi');
    expect(user).toMatchObject({ name: 'Päivi Pääkäyttäjä', role: 'manager', active: true });
    expect(passwordHashOf(env.handle, user!.id)).toMatch(/^scrypt\$17\$8\$1\$/);
    const history = env.handle.sqlite.prepare(`SELECT kind, user_name AS userName FROM history_events`).all();
    expect(history).toEqual([{ kind: 'user.created', userName: 'first start' }]);
  });

  it('the manager it made can sign in with that password', async () => {
    const env = fresh();
    await ensureFirstManager(env.handle, { email: 'paivi@example.fi', password: 'päivin vahva salasana' });
    const auth = new AuthService(env.handle, testAuthSettings);
    const started = await auth.signIn('paivi@example.fi', 'päivin vahva salasana', '127.0.0.1', new Date());
    expect(started.user).toMatchObject({ email: 'paivi@example.fi', name: 'paivi', role: 'manager' });
  });

  it.each([
    ['a common password', 'Password1', 'commonly used'],
    ['a short password', 'lyhyt', 'at least 8'],
    ['the email as password', 'paivi@example.fi', 'email or name'],
  ])('refuses %s with a message naming the setting, and creates nothing', async (_label, password, reason) => {
    const env = fresh();
    const error = await ensureFirstManager(env.handle, { email: 'paivi@example.fi', password }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toContain('LINKKIPAJA_ADMIN_PASSWORD');
    expect(error?.message).toContain(reason);
    expect(count(env)).toBe(0);
  });

  it('refuses an email that is not one', async () => {
    const env = fresh();
    await expect(ensureFirstManager(env.handle, { email: 'ei-osoite', password: 'päivin vahva salasana' })).rejects.toThrow('is not an email address');
    expect(count(env)).toBe(0);
  });

  it('does nothing when any account exists, whatever the environment says', async () => {
    const env = fresh();
    userNamed(env.handle, 'Ville Katselija', 'viewer');
    expect(await ensureFirstManager(env.handle, { email: 'paivi@example.fi', password: 'päivin vahva salasana' })).toBe('exists');
    expect(count(env)).toBe(1);
    expect(findUserByEmail(env.handle, 'paivi@example.fi')).toBeNull();
  });

  it('without the environment there is no account and no built-in password', async () => {
    const env = fresh();
    expect(await ensureFirstManager(env.handle, {})).toBe('none');
    expect(await ensureFirstManager(env.handle, { email: 'paivi@example.fi' })).toBe('none');
    expect(count(env)).toBe(0);
  });
});

describe('users add on the command line', () => {
  it('creates the account without a password and prints a one-time invitation link', async () => {
    const db = join(tempDir(), 'cli.sqlite');
    const run = await runCli(['--db', db, 'users', 'add', '--email', 'Paivi@Example.fi', '--name', 'Päivi Pääkäyttäjä', '--role', 'manager', '--base-url', 'https://linkkipaja.example/']);
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as { id: number; email: string; role: string; inviteLink: string; expiresAt: string };
    expect(printed).toMatchObject({ id: 1, email: 'paivi@example.fi', role: 'manager' });
    const token = /^https:\/\/linkkipaja\.example\/invite#([A-Za-z0-9_-]{43})$/.exec(printed.inviteLink)?.[1];
    expect(token, printed.inviteLink).toBeDefined();
    const handle = createDb(db);
    try {
      expect(passwordHashOf(handle, 1)).toBeNull();
      expect(handle.sqlite.prepare('SELECT token_hash FROM invites').pluck().all()).toEqual([tokenHash(token!)]);
      const auth = new AuthService(handle, testAuthSettings);
      expect(auth.inviteUser(token!, new Date())).toMatchObject({ email: 'paivi@example.fi', role: 'manager' });
      const started = await auth.acceptInvite(token!, 'päivin oma salasana', new Date());
      expect(started.user.role).toBe('manager');
      // The link works once.
      expect(auth.inviteUser(token!, new Date())).toBeNull();
    } finally {
      handle.close();
    }
  });

  it('refuses an unknown role and a taken email with a message and a non-zero exit', async () => {
    const db = join(tempDir(), 'cli.sqlite');
    const badRole = await runCli(['--db', db, 'users', 'add', '--email', 'a@example.fi', '--name', 'A', '--role', 'admin']);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain('role');
    expect((await runCli(['--db', db, 'users', 'add', '--email', 'a@example.fi', '--name', 'A', '--role', 'viewer'])).code).toBe(0);
    const taken = await runCli(['--db', db, 'users', 'add', '--email', 'A@example.fi', '--name', 'A', '--role', 'viewer']);
    expect(taken.code).not.toBe(0);
    expect(taken.stderr).toContain('already exists');
  });
});
