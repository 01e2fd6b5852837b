import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createDb, type DbHandle } from '../../../db/client';
import { createApp } from '../../../server/app';
import { seedDemo } from '../../../server/demo/seed-demo';
import { createBaseContext } from '../../../server/services/create-context';

const clientDir = fileURLToPath(new URL('../../../dist/client', import.meta.url));

export interface E2eServer {
  url: string;
  handle: DbHandle;
  close: () => Promise<void>;
}

/**
 * The built app on a free loopback port over a fresh database with the demo county, plus
 * whatever `prepare` adds before the server starts.
 */
export async function startE2eServer(prepare?: (handle: DbHandle) => Promise<void>): Promise<E2eServer> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-e2e-'));
  const handle = createDb(join(dir, 'e2e.sqlite'));
  await seedDemo(handle);
  await prepare?.(handle);
  const server = createApp({ context: createBaseContext(handle, pino({ level: 'silent' }), true), clientDir }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    handle,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
