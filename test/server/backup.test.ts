import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { ArraySource } from '../../server/import/array-source';
import { importArticlesData } from '../../server/import/import-articles';
import { importPtv } from '../../server/import/import-ptv';
import { buildDiffReport } from '../../server/engine/region-diff-report';
import { backupDatabase } from '../../server/ops/backup';
import { projectRoot } from '../helpers/run-cli';
import { syntheticService } from '../helpers/synthetic-ptv';
import { tempDb } from '../helpers/temp-db';

async function seeded() {
  const db = tempDb();
  await importPtv(db.handle, new ArraySource('test', Array.from({ length: 50 }, (_, i) => syntheticService(i + 1))));
  importArticlesData(db.handle, { articles: [{ id: 'a', title: { fi: 'A' }, rule: { targetGroups: ['KR1.2'] } }] }, 'test');
  return db;
}

describe('backup', () => {
  it('makes a verified copy that restores to the same diff', async () => {
    const db = await seeded();
    const target = join(db.dir, 'backup.sqlite');
    const result = backupDatabase(db.handle, target);
    expect(result.integrity).toBe('ok');
    expect(result.bytes).toBeGreaterThan(0);
    const restored = createDb(target);
    try {
      expect(buildDiffReport(restored, { region: '01' })).toEqual(buildDiffReport(db.handle, { region: '01' }));
    } finally {
      restored.close();
    }
  });

  it('refuses to overwrite an existing file', async () => {
    const db = await seeded();
    const target = join(db.dir, 'backup.sqlite');
    backupDatabase(db.handle, target);
    expect(() => backupDatabase(db.handle, target)).toThrow(/exists already/);
  });

  it('is consistent while another process writes (npm run db:backup while importing)', async () => {
    const db = await seeded();
    const writer = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--db', db.path, 'import', 'ptv', join(projectRoot, 'test/fixtures/ptv/family-catalogue.json')], { cwd: projectRoot, stdio: 'ignore' });
    // Listened for at once: a writer that finishes during the backups must not be waited for forever.
    const writerDone = new Promise((resolve) => writer.on('exit', resolve));
    const copies: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const target = join(db.dir, `during-${i}.sqlite`);
      backupDatabase(db.handle, target);
      copies.push(target);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await writerDone;
    for (const copy of copies) {
      const handle = createDb(copy, { readonly: true });
      try {
        const snapshots = handle.sqlite.prepare('SELECT id, service_count AS n, (SELECT count(*) FROM snapshot_services s WHERE s.snapshot_id = snapshots.id) AS actual FROM snapshots').all() as { n: number; actual: number }[];
        for (const s of snapshots) expect(s.actual).toBe(s.n);
      } finally {
        handle.close();
      }
    }
  });
});
