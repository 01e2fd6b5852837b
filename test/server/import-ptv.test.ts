/**
 * importPtv as one transaction: a failing folder changes nothing, a second import leaves
 * the first snapshot as it was, an incremental import builds on the latest snapshot.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestSnapshotId, listSnapshots, loadSnapshotServices, snapshotHashes } from '../../db/queries/catalogue';
import { ArraySource } from '../../server/import/array-source';
import { FileSource } from '../../server/import/file-source';
import { ImportError } from '../../server/import/import-error';
import { importPtv } from '../../server/import/import-ptv';
import { countRows, dumpTables, tempDb, tempDir } from '../helpers/temp-db';

const folder = join(import.meta.dirname, '../fixtures/ptv/folder-broken');
const sid = (n: number) => `f0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A minimal v11 service record. */
function svc(n: number, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: sid(n),
    serviceNames: [{ language: 'fi', value: `Palvelu ${n}`, type: 'Name' }],
    areaType: 'Nationwide',
    serviceClasses: [{ code: 'P3.7' }],
    publishingStatus: 'Published',
    ...fields,
  };
}

const members = (handle: Parameters<typeof snapshotHashes>[0], snapshotId: number) => [...snapshotHashes(handle, snapshotId).keys()].sort();

describe('all or nothing', () => {
  it('a folder whose 3rd file is broken leaves an empty database exactly as it was', async () => {
    const { handle } = tempDb();
    const before = dumpTables(handle);
    const failure = importPtv(handle, new FileSource(folder));
    await expect(failure).rejects.toBeInstanceOf(ImportError);
    await expect(failure).rejects.toThrow(new RegExp(`^${join(folder, '03-third-broken.json')}:2: invalid JSON in \\$\\[0\\]`));
    expect(dumpTables(handle)).toEqual(before);
    expect([countRows(handle, 'snapshots'), countRows(handle, 'service_versions'), countRows(handle, 'organizations')]).toEqual([0, 0, 0]);
  });

  it('the same broken folder after a good import leaves that import untouched', async () => {
    const { handle } = tempDb();
    await importPtv(handle, new ArraySource('first', [svc(9)]));
    const before = dumpTables(handle);
    await expect(importPtv(handle, new FileSource(folder))).rejects.toBeInstanceOf(ImportError);
    expect(dumpTables(handle)).toEqual(before);
  });

  it('a failure inside the write transaction rolls back every row of the new snapshot', async () => {
    const { handle } = tempDb();
    await importPtv(handle, new ArraySource('first', [svc(1)]));
    const before = dumpTables(handle);
    handle.sqlite.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON snapshot_services WHEN NEW.service_id = '${sid(5)}' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    await expect(importPtv(handle, new ArraySource('second', [svc(2), svc(3), svc(4), svc(5), svc(6)]))).rejects.toThrow('injected failure');
    expect(dumpTables(handle)).toEqual(before);
  });

  it('a source with no services or organisations is refused', async () => {
    const { handle } = tempDb();
    const channels = new ArraySource('channels.json', [{ id: 'c1', serviceChannelType: 'Phone' }]);
    await expect(importPtv(handle, channels)).rejects.toThrow(new ImportError('channels.json', 'found no PTV services or organizations to import'));
    expect(countRows(handle, 'snapshots')).toBe(0);
  });

  it('a missing path, an empty folder and an oversize file are one-line ImportErrors', async () => {
    const { handle } = tempDb();
    const dir = tempDir();
    await expect(importPtv(handle, new FileSource(join(dir, 'nope.json')))).rejects.toThrow(new ImportError(join(dir, 'nope.json'), 'no such file or folder'));
    await expect(importPtv(handle, new FileSource(dir))).rejects.toThrow(new ImportError(dir, 'the folder has no .json files'));
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify([svc(1), svc(2)]));
    await expect(importPtv(handle, new FileSource(big, 100))).rejects.toThrow(/big\.json: file is \d+ bytes, over the 100-byte limit$/);
    expect(countRows(handle, 'snapshots')).toBe(0);
  });
});

describe('snapshots over time', () => {
  it('the good files of a folder import in name order and skip non-JSON files', async () => {
    const { handle } = tempDb();
    const dir = tempDir();
    writeFileSync(join(dir, 'b.json'), JSON.stringify(svc(2)));
    writeFileSync(join(dir, 'a.JSON'), JSON.stringify([svc(1)]));
    writeFileSync(join(dir, 'c.txt'), 'not json');
    const result = await importPtv(handle, new FileSource(dir));
    expect(result).toMatchObject({ snapshotId: 1, services: 2, organizations: 0 });
    expect(listSnapshots(handle)[0]).toMatchObject({ source: dir, kind: 'full', serviceCount: 2 });
  });

  it('a second full import leaves the first snapshot intact and stores unchanged services once', async () => {
    const { handle } = tempDb();
    const first = await importPtv(handle, new ArraySource('first', [svc(1), svc(2)]), { now: () => new Date('2026-01-01T00:00:00Z') });
    const firstServices = loadSnapshotServices(handle, 1);
    const second = await importPtv(handle, new ArraySource('second', [svc(2), svc(3, { areaType: 'LimitedType' })]), { now: () => new Date('2026-02-01T00:00:00Z') });
    expect([first.snapshotId, second.snapshotId]).toEqual([1, 2]);
    expect(loadSnapshotServices(handle, 1)).toEqual(firstServices);
    expect(members(handle, 1)).toEqual([sid(1), sid(2)]);
    expect(members(handle, 2)).toEqual([sid(2), sid(3)]);
    expect(snapshotHashes(handle, 2).get(sid(2))).toBe(snapshotHashes(handle, 1).get(sid(2)));
    expect(countRows(handle, 'service_versions')).toBe(3);
    expect(listSnapshots(handle).map((s) => [s.id, s.kind, s.createdAt, s.serviceCount])).toEqual([
      [2, 'full', '2026-02-01T00:00:00.000Z', 2],
      [1, 'full', '2026-01-01T00:00:00.000Z', 2],
    ]);
  });

  it('an incremental import adds changed and new services to the latest snapshot in a new one', async () => {
    const { handle } = tempDb();
    await importPtv(handle, new ArraySource('full', [svc(1), svc(2)]));
    const fullHashes = snapshotHashes(handle, 1);
    const result = await importPtv(handle, new ArraySource('changes', [svc(2, { publishingStatus: 'Deleted' }), svc(3)]), { incremental: true });
    expect(result.snapshotId).toBe(2);
    expect(members(handle, 2)).toEqual([sid(1), sid(2), sid(3)]);
    const after = snapshotHashes(handle, 2);
    expect(after.get(sid(1))).toBe(fullHashes.get(sid(1)));
    expect(after.get(sid(2))).not.toBe(fullHashes.get(sid(2)));
    expect(snapshotHashes(handle, 1)).toEqual(fullHashes);
    expect(listSnapshots(handle)[0]).toMatchObject({ id: 2, kind: 'incremental', baseSnapshotId: 1, serviceCount: 3 });
    const stored = new Map(loadSnapshotServices(handle, 2).map((s) => [s.service.id, s.service.publishingStatus]));
    expect(stored.get(sid(2))).toBe('Deleted');
  });

  it('an incremental import with no earlier snapshot is refused and writes nothing', async () => {
    const { handle } = tempDb();
    const before = dumpTables(handle);
    await expect(importPtv(handle, new ArraySource('changes', [svc(1)]), { incremental: true })).rejects.toThrow('an incremental import needs an earlier full import');
    expect(dumpTables(handle)).toEqual(before);
  });

  it('organisations alone update the organisation table without a snapshot', async () => {
    const { handle } = tempDb();
    const org = { id: 'F0000000-0000-4000-8000-0000000000AA', organizationNames: [{ language: 'fi', value: 'Testikunta', type: 'Name' }], organizationType: 'Municipality' };
    const result = await importPtv(handle, new ArraySource('orgs', [org]));
    expect(result).toEqual({ snapshotId: null, services: 0, organizations: 1, archived: 0, skipped: {}, shapes: {} });
    expect(latestSnapshotId(handle)).toBeNull();
    expect(handle.sqlite.prepare('SELECT id, name, organization_type AS t FROM organizations').all()).toEqual([
      { id: 'f0000000-0000-4000-8000-0000000000aa', name: '{"fi":"Testikunta"}', t: 'Municipality' },
    ]);
  });
});
