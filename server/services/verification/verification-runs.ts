import type { DbHandle } from '../../../db/client';
import type { VerificationRunView } from '../../../shared/schemas/change-requests-api';

export type VerificationTrigger = VerificationRunView['trigger'];

export interface NewVerificationRun {
  regionCode: string;
  snapshotId: number | null;
  trigger: VerificationTrigger;
  verifiedIds: readonly number[];
  stillOpenIds: readonly number[];
  at: string;
}

/** Stores one region's pass (call inside the write transaction that recorded its results); returns its id. */
export function insertVerificationRun(handle: DbHandle, run: NewVerificationRun): number {
  const result = handle.sqlite
    .prepare(`INSERT INTO verification_runs (region_code, snapshot_id, trigger, checked, verified_ids, still_open_ids, at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(run.regionCode, run.snapshotId, run.trigger, run.verifiedIds.length + run.stillOpenIds.length, JSON.stringify(run.verifiedIds), JSON.stringify(run.stillOpenIds), run.at);
  return Number(result.lastInsertRowid);
}

export interface StoredVerificationRun {
  id: number;
  regionCode: string;
  snapshotId: number | null;
  trigger: VerificationTrigger;
  checked: number;
  verifiedIds: number[];
  stillOpenIds: number[];
  at: string;
}

/** A region's passes, newest first. */
export function listVerificationRuns(handle: DbHandle, regionCode: string, limit: number): StoredVerificationRun[] {
  const rows = handle.sqlite
    .prepare(
      `SELECT id, region_code AS regionCode, snapshot_id AS snapshotId, trigger, checked, verified_ids AS verifiedIds, still_open_ids AS stillOpenIds, at
       FROM verification_runs WHERE region_code = ? ORDER BY id DESC LIMIT ?`,
    )
    .all(regionCode, limit) as (Omit<StoredVerificationRun, 'verifiedIds' | 'stillOpenIds'> & { verifiedIds: string; stillOpenIds: string })[];
  return rows.map((row) => ({ ...row, verifiedIds: JSON.parse(row.verifiedIds) as number[], stillOpenIds: JSON.parse(row.stillOpenIds) as number[] }));
}

/** Request codes by id, for showing runs (requests deleted since are left out). */
export function requestCodes(handle: DbHandle, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = handle.sqlite.prepare(`SELECT id, code FROM change_requests WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: number; code: string }[];
  return new Map(rows.map((r) => [r.id, r.code]));
}
