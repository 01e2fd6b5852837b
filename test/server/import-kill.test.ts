import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCatalogue } from '../helpers/synthetic-ptv';

const root = join(import.meta.dirname, '..', '..');
let dir: string;

function cli(args: string[]): ReturnType<typeof spawn> {
  return spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

function runToEnd(args: string[]): Promise<number> {
  return new Promise((resolve) => cli(args).on('exit', (code) => resolve(code ?? -1)));
}

/** Starts an import and SIGKILLs it `delayMs` after it reports the write phase (or after `readKillMs`). */
function importAndKill(db: string, folder: string, when: { afterWriteMs?: number; readKillMs?: number }): Promise<void> {
  return new Promise((resolve) => {
    const child = cli(['--db', db, 'import', 'ptv', folder]);
    const kill = () => child.kill('SIGKILL');
    if (when.readKillMs !== undefined) setTimeout(kill, when.readKillMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      if (when.afterWriteMs !== undefined && chunk.toString().includes('writing')) setTimeout(kill, when.afterWriteMs);
    });
    child.on('exit', () => resolve());
  });
}

function inspect(db: string) {
  const sqlite = new Database(db, { readonly: true });
  try {
    return {
      integrity: sqlite.pragma('integrity_check', { simple: true }),
      snapshots: sqlite.prepare('SELECT id, service_count AS declared, (SELECT count(*) FROM snapshot_services s WHERE s.snapshot_id = snapshots.id) AS actual FROM snapshots ORDER BY id').all() as { id: number; declared: number; actual: number }[],
      firstMembers: (sqlite.prepare('SELECT group_concat(service_id || hash) AS m FROM (SELECT * FROM snapshot_services WHERE snapshot_id = 1 ORDER BY service_id)').get() as { m: string }).m,
    };
  } finally {
    sqlite.close();
  }
}

describe('an import killed with SIGKILL', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-kill-'));
    writeSyntheticCatalogue(join(dir, 'small'), 300);
    writeSyntheticCatalogue(join(dir, 'large'), 15_000, 1_000);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the earlier snapshot intact and never a half-written one', async () => {
    const db = join(dir, 'kill.sqlite');
    expect(await runToEnd(['--db', db, 'import', 'ptv', join(dir, 'small')])).toBe(0);
    const before = inspect(db);
    expect(before.snapshots).toEqual([{ id: 1, declared: 300, actual: 300 }]);

    const schedule = [{ readKillMs: 400 }, { afterWriteMs: 0 }, { afterWriteMs: 30 }, { afterWriteMs: 120 }, { afterWriteMs: 300 }];
    for (const when of schedule) {
      await importAndKill(db, join(dir, 'large'), when);
      const after = inspect(db);
      expect(after.integrity).toBe('ok');
      expect(after.firstMembers).toBe(before.firstMembers);
      for (const snapshot of after.snapshots) {
        // A snapshot that exists is whole: either the 300 or all 15,000 services.
        expect(snapshot.actual).toBe(snapshot.declared);
        expect([300, 15_000]).toContain(snapshot.actual);
      }
    }
    expect(await runToEnd(['--db', db, 'import', 'ptv', join(dir, 'large')])).toBe(0);
    expect(inspect(db).snapshots.at(-1)).toMatchObject({ declared: 15_000, actual: 15_000 });
  }, 120_000);
});
