/**
 * What a start does with an empty (or old demo) database: the demo county and its people
 * for a newcomer's `npm start`, but never beside a configured first manager or in production.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { seedDemo } from '../../server/demo/seed-demo';
import { startServer } from '../../server/index';

const keys = ['DATABASE_PATH', 'PORT', 'LOG_LEVEL', 'NODE_ENV', 'LINKKIPAJA_ADMIN_EMAIL', 'LINKKIPAJA_ADMIN_PASSWORD', 'LINKKIPAJA_DEMO'] as const;
let saved: Record<string, string | undefined>;
let dir: string;
let dbPath: string;

beforeEach(() => {
  saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  dir = mkdtempSync(join(tmpdir(), 'lp-start-'));
  dbPath = join(dir, 'start.sqlite');
  for (const k of keys) delete process.env[k];
  Object.assign(process.env, { DATABASE_PATH: dbPath, PORT: '0', LOG_LEVEL: 'silent' });
});
afterEach(() => {
  for (const k of keys) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  rmSync(dir, { recursive: true, force: true });
});

async function startAndLook(): Promise<{ users: { email: string; role: string }[]; snapshots: number }> {
  const started = await startServer({ seedDemo: true });
  await started.stop();
  const handle = createDb(dbPath);
  try {
    return {
      users: handle.sqlite.prepare(`SELECT email, role FROM users ORDER BY id`).all() as { email: string; role: string }[],
      snapshots: handle.sqlite.prepare(`SELECT count(*) FROM snapshots`).pluck().get() as number,
    };
  } finally {
    handle.close();
  }
}

describe('a start on an empty database', () => {
  it('loads the demo county with one person per role, their random passwords kept beside the database for the owner only', async () => {
    const { users, snapshots } = await startAndLook();
    // An earlier import, the current one, and a later one in which owners fixed some change requests.
    expect(snapshots).toBe(3);
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['manager', 'lead', 'participant', 'viewer']));
    const file = join(dir, 'demo-accounts.txt');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('with a configured first manager: that manager only, no demo and no demo accounts', async () => {
    Object.assign(process.env, { LINKKIPAJA_ADMIN_EMAIL: 'paivi@county.example', LINKKIPAJA_ADMIN_PASSWORD: 'pitkä ja oma salasana' });
    const { users, snapshots } = await startAndLook();
    expect(users).toEqual([{ email: 'paivi@county.example', role: 'manager' }]);
    expect(snapshots).toBe(0);
    expect(existsSync(join(dir, 'demo-accounts.txt'))).toBe(false);
  }, 60_000);

  it('in production, or with LINKKIPAJA_DEMO=0: nothing', async () => {
    process.env['NODE_ENV'] = 'production';
    expect(await startAndLook()).toEqual({ users: [], snapshots: 0 });
    delete process.env['NODE_ENV'];
    process.env['LINKKIPAJA_DEMO'] = '0';
    expect(await startAndLook()).toEqual({ users: [], snapshots: 0 });
  }, 60_000);

  it('a demo database from before sign-in gets its people', async () => {
    const handle = createDb(dbPath);
    await seedDemo(handle);
    handle.close();
    const { users, snapshots } = await startAndLook();
    expect(snapshots).toBe(3);
    expect(users.filter((u) => u.role === 'manager')).toHaveLength(1);
  }, 60_000);
});
