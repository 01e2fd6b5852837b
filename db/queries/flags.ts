import type { FlagItemKind } from '../../shared/schemas/review-api';
import type { DbHandle } from '../client';

export interface FlagRecord {
  id: number;
  serviceId: string;
  articleId: string;
  regionCode: string;
  itemKind: FlagItemKind;
  itemValue: string;
  target: 'service' | 'rule';
  reason: string;
  status: 'open' | 'withdrawn';
  createdBy: string;
  createdAt: string;
}

const columns = `id, service_id AS serviceId, article_id AS articleId, region_code AS regionCode, item_kind AS itemKind, item_value AS itemValue,
  target, reason, status, created_by AS createdBy, created_at AS createdAt`;

/** Stores a new open flag (call inside a write transaction) and returns it. */
export function insertFlag(handle: DbHandle, flag: Omit<FlagRecord, 'id' | 'status'>): FlagRecord {
  const result = handle.sqlite
    .prepare(
      `INSERT INTO flags (service_id, article_id, region_code, item_kind, item_value, target, reason, status, created_by, created_at, updated_at)
       VALUES (@serviceId, @articleId, @regionCode, @itemKind, @itemValue, @target, @reason, 'open', @createdBy, @createdAt, @createdAt)`,
    )
    .run(flag);
  return { ...flag, id: Number(result.lastInsertRowid), status: 'open' };
}

/** The open flag on the same service item and target, if one exists (a rule flag also matches the article). */
export function findOpenFlag(handle: DbHandle, flag: Pick<FlagRecord, 'serviceId' | 'itemKind' | 'itemValue' | 'target' | 'articleId' | 'regionCode'>): FlagRecord | undefined {
  return handle.sqlite
    .prepare(
      `SELECT ${columns} FROM flags WHERE status = 'open' AND service_id = @serviceId AND item_kind = @itemKind AND item_value = @itemValue
       AND target = @target AND region_code = @regionCode AND (target = 'service' OR article_id = @articleId)`,
    )
    .get(flag) as FlagRecord | undefined;
}

export function findFlag(handle: DbHandle, id: number): FlagRecord | undefined {
  return handle.sqlite.prepare(`SELECT ${columns} FROM flags WHERE id = ?`).get(id) as FlagRecord | undefined;
}

/** Flags of a region, newest first, optionally narrowed to one service and/or the article they were raised in. */
export function listFlags(handle: DbHandle, filter: { regionCode: string; serviceId?: string | null; status?: 'open' }): FlagRecord[] {
  return handle.sqlite
    .prepare(
      `SELECT ${columns} FROM flags WHERE region_code = @regionCode AND (@serviceId IS NULL OR service_id = @serviceId)
       AND (@status IS NULL OR status = @status) ORDER BY id DESC`,
    )
    .all({ regionCode: filter.regionCode, serviceId: filter.serviceId ?? null, status: filter.status ?? null }) as FlagRecord[];
}

/** Marks a flag withdrawn (call inside a write transaction); false when it was not open. */
export function withdrawFlag(handle: DbHandle, id: number, now: string): boolean {
  return handle.sqlite.prepare(`UPDATE flags SET status = 'withdrawn', updated_at = ? WHERE id = ? AND status = 'open'`).run(now, id).changes === 1;
}
