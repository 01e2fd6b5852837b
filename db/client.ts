import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema/index';
import { ensureReferenceRegions } from './queries/regions';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DbHandle {
  db: Db;
  sqlite: Database.Database;
  path: string;
  close(): void;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Pragmas every connection must run with (decisions are few and precious: synchronous=FULL). */
export const requiredPragmas = {
  journal_mode: 'wal',
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: 5000,
} as const;

/**
 * Opens (creating if needed) the SQLite database at `path`, applies the committed
 * migrations, checks the pragmas and the file's health, and seeds reference regions.
 */
export function createDb(path: string, options: { readonly?: boolean } = {}): DbHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  try {
    configureConnection(sqlite, path === ':memory:');
    if (!options.readonly) {
      const db = drizzle(sqlite, { schema });
      migrate(db, { migrationsFolder });
      ensureReferenceRegions(db);
    }
    return { db: drizzle(sqlite, { schema }), sqlite, path, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function configureConnection(sqlite: Database.Database, inMemory: boolean): void {
  if (!sqlite.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${requiredPragmas.busy_timeout}`);
  const check = readPragmas(sqlite);
  const wantJournal = inMemory ? 'memory' : sqlite.readonly ? check.journal_mode : 'wal';
  if (check.journal_mode !== wantJournal || check.synchronous !== 2 || check.foreign_keys !== 1 || check.busy_timeout < 5000) {
    throw new Error(`database pragmas not as required: ${JSON.stringify(check)}`);
  }
  const quick = sqlite.pragma('quick_check', { simple: true });
  if (quick !== 'ok') throw new Error(`database failed quick_check: ${String(quick)}`);
}

/** Reads back the pragmas that durability depends on. */
export function readPragmas(sqlite: Database.Database): { journal_mode: string; synchronous: number; foreign_keys: number; busy_timeout: number } {
  return {
    journal_mode: String(sqlite.pragma('journal_mode', { simple: true })),
    synchronous: Number(sqlite.pragma('synchronous', { simple: true })),
    foreign_keys: Number(sqlite.pragma('foreign_keys', { simple: true })),
    busy_timeout: Number(sqlite.pragma('busy_timeout', { simple: true })),
  };
}

/**
 * Runs `work` in one IMMEDIATE write transaction. Async callbacks are refused: an await
 * inside a transaction would let other writes interleave with it.
 */
export function writeTransaction<T>(handle: Pick<DbHandle, 'sqlite'>, work: () => T): T {
  const result = handle.sqlite
    .transaction(() => {
      const value = work();
      if (value instanceof Promise) throw new Error('writeTransaction callback must be synchronous');
      return value;
    })
    .immediate();
  ownWrites.set(handle.sqlite, (ownWrites.get(handle.sqlite) ?? 0) + 1);
  return result;
}

const ownWrites = new WeakMap<Database.Database, number>();

/**
 * Changes whenever anything may have been written to the database: by this connection
 * (counted by writeTransaction) or by any other (SQLite's data_version). Reading it costs
 * no table scan, so caches can check it on every request.
 */
export function changeStamp(handle: Pick<DbHandle, 'sqlite'>): string {
  return `${String(handle.sqlite.pragma('data_version', { simple: true }))}:${ownWrites.get(handle.sqlite) ?? 0}`;
}
