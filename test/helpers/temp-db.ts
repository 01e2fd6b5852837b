/**
 * A fresh, migrated SQLite database per test in its own temp folder (removed after the
 * test), and a dump of every table so a test can show "the database is unchanged".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createDb, type DbHandle } from '../../db/client';

export interface TempDb {
  handle: DbHandle;
  /** The database file. */
  path: string;
  /** The temp folder holding it; tests may put their own files here. */
  dir: string;
}

/** A new temp folder, removed when the current test finishes. */
export function tempDir(prefix = 'linkkipaja-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens a new migrated database on a temp path; closed and removed after the test. */
export function tempDb(): TempDb {
  const dir = tempDir();
  const path = join(dir, 'test.sqlite');
  const handle = createDb(path);
  onTestFinished(() => {
    if (handle.sqlite.open) handle.close();
  });
  return { handle, path, dir };
}

/** Every user table with all of its rows (ordered), to compare a database before and after. */
export function dumpTables(handle: Pick<DbHandle, 'sqlite'>): Record<string, unknown[]> {
  const tables = handle.sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name`)
    .all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = handle.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  return out;
}

/** Row count of one table. */
export function countRows(handle: Pick<DbHandle, 'sqlite'>, table: string): number {
  return (handle.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}
