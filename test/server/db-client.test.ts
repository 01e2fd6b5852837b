/**
 * createDb: a migrated database with the durability pragmas read back, reference regions
 * seeded once, a refusal to open a damaged file; writeTransaction: IMMEDIATE, all or
 * nothing, and no async callbacks.
 */
import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDb, readPragmas, writeTransaction } from '../../db/client';
import { loadRegions } from '../../db/queries/regions';
import { countRows, tempDb, tempDir } from '../helpers/temp-db';

const insertOrganization = (sqlite: Database.Database, id: string) =>
  sqlite.prepare(`INSERT INTO organizations (id, name, emails) VALUES (?, '{}', '[]')`).run(id);

describe('createDb', () => {
  it('sets WAL, synchronous=FULL, foreign_keys and busy_timeout on the connection', () => {
    const { handle } = tempDb();
    expect(readPragmas(handle.sqlite)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000 });
  });

  it('applies the migrations and seeds the 22 reference regions exactly once', () => {
    const { handle, path } = tempDb();
    const tables = (handle.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['snapshots', 'service_versions', 'snapshot_services', 'organizations', 'articles', 'decisions', 'observed_links', 'regions', 'region_municipalities']));
    const regions = loadRegions(handle.db);
    expect(regions.map((r) => r.code)).toEqual([...Array.from({ length: 21 }, (_, i) => String(i + 1).padStart(2, '0')), '90']);
    expect(regions.every((r) => r.municipalities.every((m) => /^\d{3}$/.test(m)))).toBe(true);
    const counts = [countRows(handle, 'regions'), countRows(handle, 'region_municipalities'), countRows(handle, 'municipalities')];
    handle.close();
    const again = createDb(path);
    expect([countRows(again, 'regions'), countRows(again, 'region_municipalities'), countRows(again, 'municipalities')]).toEqual(counts);
    again.close();
  });

  it('creates missing parent folders and opens an existing file read-only', () => {
    const dir = tempDir();
    const path = join(dir, 'nested', 'deeper', 'db.sqlite');
    createDb(path).close();
    const readonly = createDb(path, { readonly: true });
    expect(readonly.sqlite.readonly).toBe(true);
    expect(loadRegions(readonly.db)).toHaveLength(22);
    expect(() => insertOrganization(readonly.sqlite, 'x')).toThrow(/readonly/);
    readonly.close();
  });

  it('refuses a file that is not a database, and a damaged one', () => {
    const dir = tempDir();
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'this is not a database, just text that goes on for a while'.repeat(100));
    expect(() => createDb(garbage)).toThrow();

    const damaged = join(dir, 'damaged.sqlite');
    const handle = createDb(damaged);
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    handle.close();
    const size = statSync(damaged).size;
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    expect(() => createDb(damaged)).toThrow(/quick_check|malformed/);
  });
});

describe('writeTransaction', () => {
  it('commits what the callback wrote and returns its value', () => {
    const { handle } = tempDb();
    expect(writeTransaction(handle, () => insertOrganization(handle.sqlite, 'a').changes)).toBe(1);
    expect(countRows(handle, 'organizations')).toBe(1);
  });

  it('rolls back everything when the callback throws', () => {
    const { handle } = tempDb();
    expect(() =>
      writeTransaction(handle, () => {
        insertOrganization(handle.sqlite, 'a');
        insertOrganization(handle.sqlite, 'b');
        throw new Error('half way');
      }),
    ).toThrow('half way');
    expect(countRows(handle, 'organizations')).toBe(0);
  });

  it('refuses an async callback and rolls back what it wrote before its first await', async () => {
    const { handle } = tempDb();
    let pending: Promise<void> | undefined;
    expect(() =>
      writeTransaction(handle, () => {
        pending = (async () => {
          insertOrganization(handle.sqlite, 'a');
          await Promise.resolve();
        })();
        return pending;
      }),
    ).toThrow('writeTransaction callback must be synchronous');
    await pending;
    expect(countRows(handle, 'organizations')).toBe(0);
  });

  it('takes the write lock at BEGIN (IMMEDIATE), even before the first write', () => {
    const { handle, path } = tempDb();
    const other = new Database(path);
    other.pragma('busy_timeout = 0');
    try {
      writeTransaction(handle, () => {
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/database is locked/);
      });
      other.exec('BEGIN IMMEDIATE');
      other.exec('COMMIT');
    } finally {
      other.close();
    }
  });
});
