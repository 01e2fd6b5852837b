import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createDb, type DbHandle } from '../../db/client';
import { createApp } from '../../server/app';
import type { Context } from '../../server/context';
import { createBaseContext } from '../../server/services/create-context';

/** A fresh migrated database in a temp folder, with a request context over it. */
export function testContext(options: { production?: boolean } = {}): { context: Context; handle: DbHandle; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lp-app-'));
  const handle = createDb(join(dir, 'test.sqlite'));
  const context: Context = createBaseContext(handle, pino({ level: 'silent' }), options.production ?? false);
  return { context, handle, cleanup: () => (handle.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** The HTTP app listening on a free loopback port. */
export async function listen(context: Context): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createApp({ context }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
