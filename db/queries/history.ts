import type { DbHandle } from '../client';

/** Kinds of history events; the UI labels each. */
export type HistoryKind =
  | 'decision.set'
  | 'decision.cleared'
  | 'decision.undone'
  | 'proposal.set'
  | 'proposal.withdrawn'
  | 'proposal.accepted'
  | 'flag.created'
  | 'flag.withdrawn'
  | 'request.created'
  | 'comment.added'
  | 'signoff.signed_off'
  | 'signoff.sent_back'
  | 'rule.changed'
  | 'import.catalogue'
  | 'import.articles'
  | 'import.decisions'
  | 'user.created'
  | 'user.changed'
  | 'user.deactivated'
  | 'user.reactivated'
  | 'user.invited'
  | 'user.password_changed'
  | 'workshop.created'
  | 'workshop.changed'
  | 'workshop.moved'
  | 'changeRequest.created'
  | 'changeRequest.changed'
  | 'changeRequest.moved'
  | 'changeRequest.articlesAdded'
  | 'changeRequest.sent'
  | 'changeRequest.verified'
  | 'changeRequest.checked'
  | 'export.requests';

export interface HistoryActor {
  userId: number | null;
  userName: string;
}

export interface NewHistoryEvent {
  kind: HistoryKind;
  articleId?: string | null;
  serviceId?: string | null;
  regionCode?: string | null;
  workshopId?: number | null;
  changeRequestId?: number | null;
  articleVersion?: number | null;
  data?: Record<string, unknown>;
}

export interface HistoryEvent {
  id: number;
  at: string;
  kind: HistoryKind;
  userId: number | null;
  userName: string;
  articleId: string | null;
  serviceId: string | null;
  regionCode: string | null;
  workshopId: number | null;
  changeRequestId: number | null;
  articleVersion: number | null;
  data: Record<string, unknown>;
}

/** Appends events (call inside the write transaction of the change they record). */
export function recordHistory(handle: DbHandle, actor: HistoryActor, at: string, events: readonly NewHistoryEvent[]): void {
  const insert = handle.sqlite.prepare(
    `INSERT INTO history_events (at, kind, user_id, user_name, article_id, service_id, region_code, workshop_id, change_request_id, article_version, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const e of events) {
    insert.run(at, e.kind, actor.userId, actor.userName, e.articleId ?? null, e.serviceId ?? null, e.regionCode ?? null, e.workshopId ?? null, e.changeRequestId ?? null, e.articleVersion ?? null, JSON.stringify(e.data ?? {}));
  }
}

const columns = `id, at, kind, user_id AS userId, user_name AS userName, article_id AS articleId, service_id AS serviceId, region_code AS regionCode, workshop_id AS workshopId, change_request_id AS changeRequestId, article_version AS articleVersion, data`;

function parse(rows: (Omit<HistoryEvent, 'data'> & { data: string })[]): HistoryEvent[] {
  return rows.map((row) => ({ ...row, data: JSON.parse(row.data) as Record<string, unknown> }));
}

export interface HistoryFilter {
  articleId?: string;
  serviceId?: string;
  userId?: number;
  workshopId?: number;
  changeRequestId?: number;
  kinds?: readonly string[];
  /** Only events about these articles (what a participant may read). */
  articleIds?: readonly string[];
  /** Only events older than this id (paging backwards). */
  beforeId?: number;
  limit: number;
}

/** Events newest first, filtered by article, service, person and kind. */
export function listHistory(handle: DbHandle, filter: HistoryFilter): HistoryEvent[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (filter.articleId !== undefined) add('article_id = ?', filter.articleId);
  if (filter.serviceId !== undefined) add('service_id = ?', filter.serviceId);
  if (filter.userId !== undefined) add('user_id = ?', filter.userId);
  if (filter.workshopId !== undefined) add('workshop_id = ?', filter.workshopId);
  if (filter.changeRequestId !== undefined) add('change_request_id = ?', filter.changeRequestId);
  if (filter.beforeId !== undefined) add('id < ?', filter.beforeId);
  if (filter.articleIds) add('article_id IN (SELECT value FROM json_each(?))', JSON.stringify(filter.articleIds));
  if (filter.kinds && filter.kinds.length > 0) add(`kind IN (${filter.kinds.map(() => '?').join(', ')})`, ...filter.kinds);
  const sql = `SELECT ${columns} FROM history_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  return parse(handle.sqlite.prepare(sql).all(...params, filter.limit) as never);
}

/** Decision events on these services of an article after `version`, by someone other than `userId`. */
export function decisionChangesSince(handle: DbHandle, articleId: string, version: number, serviceIds: readonly string[], userId: number | null): HistoryEvent[] {
  if (serviceIds.length === 0) return [];
  const sql = `SELECT ${columns} FROM history_events WHERE article_id = ? AND article_version > ? AND kind IN ('decision.set', 'decision.cleared', 'decision.undone')
    AND (user_id IS NULL OR user_id != ?) AND service_id IN (SELECT value FROM json_each(?)) ORDER BY id`;
  return parse(handle.sqlite.prepare(sql).all(articleId, version, userId ?? -1, JSON.stringify(serviceIds)) as never);
}

/** The latest decision event of a user (not yet undone), for "undo my last decision". */
export function lastOwnDecisionEvents(handle: DbHandle, userId: number): HistoryEvent[] {
  const last = handle.sqlite
    .prepare(`SELECT data FROM history_events WHERE user_id = ? AND kind IN ('decision.set', 'decision.cleared', 'decision.undone') ORDER BY id DESC LIMIT 1`)
    .pluck()
    .get(userId) as string | undefined;
  if (!last) return [];
  const batch = (JSON.parse(last) as { batch?: string }).batch;
  if (!batch) return [];
  const rows = handle.sqlite.prepare(`SELECT ${columns} FROM history_events WHERE user_id = ? AND json_extract(data, '$.batch') = ? ORDER BY id`).all(userId, batch);
  return parse(rows as never);
}
