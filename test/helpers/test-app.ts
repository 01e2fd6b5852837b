import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { createDb, type DbHandle } from '../../db/client';
import type { UserRecord } from '../../db/queries/users';
import { createApp } from '../../server/app';
import { defaultAuthSettings, type AuthSettings } from '../../server/auth/auth-service';
import { sessionCookieName } from '../../server/auth/session-cookie';
import type { Context } from '../../server/context';
import { createBaseContext } from '../../server/services/create-context';

/**
 * Sign-in settings for tests: everything as in production except a cheap scrypt cost
 * (2^10 instead of 2^17), so a sign-in takes a millisecond, not a tenth of a second. Tests
 * about the production cost pass `auth: defaultAuthSettings`.
 */
export const testAuthSettings: AuthSettings = { ...defaultAuthSettings, scrypt: { logN: 10, r: 8, p: 1 } };

/** A fresh migrated database in a temp folder, with a request context over it. */
export function testContext(options: { production?: boolean; auth?: AuthSettings; log?: Logger } = {}): { context: Context; handle: DbHandle; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lp-app-'));
  const handle = createDb(join(dir, 'test.sqlite'));
  const context: Context = createBaseContext(handle, options.log ?? pino({ level: 'silent' }), options.production ?? false, options.auth ?? testAuthSettings);
  return { context, handle, cleanup: () => (handle.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** The HTTP app listening on a free loopback port. */
export async function listen(context: Context): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createApp({ context }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A Cookie header for a new session of `user`, as if they had signed in (no password needed). */
export function sessionCookieOf(context: Context, user: UserRecord): string {
  return `${sessionCookieName}=${context.auth.startSession(user.id, 'test', context.now()).token}`;
}
