import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createDb, type DbHandle } from '../../../db/client';
import { createApp } from '../../../server/app';
import { defaultAuthSettings } from '../../../server/auth/auth-service';
import type { ScryptParams } from '../../../server/auth/password-hash';
import type { DemoAccount } from '../../../server/demo/demo-people';
import { seedDemo } from '../../../server/demo/seed-demo';
import { seedDemoPeople } from '../../../server/demo/seed-demo-people';
import type { Role } from '../../../shared/domain/permissions';
import { createBaseContext } from '../../../server/services/create-context';

const clientDir = fileURLToPath(new URL('../../../dist/client', import.meta.url));

/**
 * Light scrypt for the test accounts: production cost (128 MiB, ~0.3 s a hash) would spend
 * the suite's time budget on hashing. The server is told the same, so it does not rehash.
 */
const testScrypt: ScryptParams = { logN: 10, r: 8, p: 1 };

export interface E2eAccount {
  email: string;
  password: string;
  name: string;
}

export interface E2eServer {
  url: string;
  handle: DbHandle;
  /** The demo county's first person of each role, with the random password made for this run. */
  accounts: Record<Role, E2eAccount>;
  /** Every demo account (two participants, for instance). */
  people: readonly DemoAccount[];
  close: () => Promise<void>;
}

function firstOfEachRole(people: readonly DemoAccount[]): Record<Role, E2eAccount> {
  const pick = (role: Role): E2eAccount => {
    const person = people.find((p) => p.role === role);
    if (!person) throw new Error(`the demo people have no ${role}: check server/demo/demo-people.ts`);
    return { email: person.email, password: person.password, name: person.name };
  };
  return { manager: pick('manager'), lead: pick('lead'), participant: pick('participant'), viewer: pick('viewer') };
}

/**
 * The built app on a free loopback port over a fresh database with the demo county and its
 * people (accounts, workshops, sign-offs), plus whatever `prepare` adds before the server starts.
 */
export async function startE2eServer(prepare?: (handle: DbHandle) => Promise<void>): Promise<E2eServer> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-e2e-'));
  const handle = createDb(join(dir, 'e2e.sqlite'));
  await seedDemo(handle);
  const people = await seedDemoPeople(handle, testScrypt);
  await prepare?.(handle);
  const context = createBaseContext(handle, pino({ level: 'silent' }), true, { ...defaultAuthSettings, scrypt: testScrypt });
  const server = createApp({ context, clientDir }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    handle,
    accounts: firstOfEachRole(people),
    people,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
