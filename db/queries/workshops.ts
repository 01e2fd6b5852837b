import type { DbHandle } from '../client';

export type WorkshopMode = 'live' | 'async';

export interface WorkshopRecord {
  id: number;
  name: string;
  topics: string[];
  date: string;
  deadline: string | null;
  mode: WorkshopMode;
  facilitatorId: number | null;
  liveArticleId: string | null;
  regionCode: string;
  createdBy: string;
  createdAt: string;
  version: number;
}

/** What a manager sets on a workshop; the articles in their order. */
export interface WorkshopFields {
  name: string;
  topics: readonly string[];
  date: string;
  deadline: string | null;
  mode: WorkshopMode;
  facilitatorId: number | null;
  regionCode: string;
  articleIds: readonly string[];
  participantIds: readonly number[];
}

const columns = `id, name, topics, date, deadline, mode, facilitator_id AS facilitatorId, live_article_id AS liveArticleId, region_code AS regionCode,
  created_by AS createdBy, created_at AS createdAt, version`;

type WorkshopRow = Omit<WorkshopRecord, 'topics'> & { topics: string };
const parse = (row: WorkshopRow): WorkshopRecord => ({ ...row, topics: JSON.parse(row.topics) as string[] });

export function findWorkshop(handle: DbHandle, id: number): WorkshopRecord | null {
  const row = handle.sqlite.prepare(`SELECT ${columns} FROM workshops WHERE id = ?`).get(id) as WorkshopRow | undefined;
  return row ? parse(row) : null;
}

/** Workshops by date, newest first; only those with these ids when `ids` is given. */
export function listWorkshops(handle: DbHandle, ids?: readonly number[]): WorkshopRecord[] {
  const rows = ids
    ? handle.sqlite.prepare(`SELECT ${columns} FROM workshops WHERE id IN (SELECT value FROM json_each(?)) ORDER BY date DESC, id DESC`).all(JSON.stringify(ids))
    : handle.sqlite.prepare(`SELECT ${columns} FROM workshops ORDER BY date DESC, id DESC`).all();
  return (rows as WorkshopRow[]).map(parse);
}

/** The workshop's articles in their queue order. */
export function workshopArticleIds(handle: DbHandle, workshopId: number): string[] {
  return handle.sqlite.prepare(`SELECT article_id FROM workshop_articles WHERE workshop_id = ? ORDER BY position`).pluck().all(workshopId) as string[];
}

export function workshopParticipantIds(handle: DbHandle, workshopId: number): number[] {
  return handle.sqlite.prepare(`SELECT user_id FROM workshop_participants WHERE workshop_id = ? ORDER BY user_id`).pluck().all(workshopId) as number[];
}

function replaceMembers(handle: DbHandle, workshopId: number, fields: Pick<WorkshopFields, 'articleIds' | 'participantIds'>): void {
  handle.sqlite.prepare(`DELETE FROM workshop_articles WHERE workshop_id = ?`).run(workshopId);
  handle.sqlite.prepare(`DELETE FROM workshop_participants WHERE workshop_id = ?`).run(workshopId);
  const article = handle.sqlite.prepare(`INSERT INTO workshop_articles (workshop_id, article_id, position) VALUES (?, ?, ?)`);
  [...new Set(fields.articleIds)].forEach((articleId, position) => article.run(workshopId, articleId, position));
  const participant = handle.sqlite.prepare(`INSERT INTO workshop_participants (workshop_id, user_id) VALUES (?, ?)`);
  for (const userId of new Set(fields.participantIds)) participant.run(workshopId, userId);
}

/** Adds a workshop with its articles and participants (call inside a write transaction); returns its id. */
export function insertWorkshop(handle: DbHandle, fields: WorkshopFields, by: string, at: string): number {
  const id = Number(
    handle.sqlite
      .prepare(`INSERT INTO workshops (name, topics, date, deadline, mode, facilitator_id, region_code, created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`)
      .run(fields.name, JSON.stringify(fields.topics), fields.date, fields.deadline, fields.mode, fields.facilitatorId, fields.regionCode, by, at).lastInsertRowid,
  );
  replaceMembers(handle, id, fields);
  return id;
}

/**
 * Changes a workshop if it is still at `version` (call inside a write transaction); returns
 * whether it did. A live article no longer in the workshop is cleared.
 */
export function updateWorkshop(handle: DbHandle, id: number, version: number, fields: WorkshopFields): boolean {
  const changed = handle.sqlite
    .prepare(
      `UPDATE workshops SET name = ?, topics = ?, date = ?, deadline = ?, mode = ?, facilitator_id = ?, region_code = ?,
         live_article_id = CASE WHEN live_article_id IN (SELECT value FROM json_each(?)) THEN live_article_id END, version = version + 1
       WHERE id = ? AND version = ?`,
    )
    .run(fields.name, JSON.stringify(fields.topics), fields.date, fields.deadline, fields.mode, fields.facilitatorId, fields.regionCode, JSON.stringify(fields.articleIds), id, version).changes;
  if (changed === 0) return false;
  replaceMembers(handle, id, fields);
  return true;
}

/** Moves a live workshop's screen; not an edit of its settings, so the version stays. */
export function setLiveArticle(handle: DbHandle, id: number, articleId: string | null): void {
  handle.sqlite.prepare(`UPDATE workshops SET live_article_id = ? WHERE id = ?`).run(articleId, id);
}

/** The ids of active users among `ids`, to tell which given people may take part. */
export function activeUserIds(handle: DbHandle, ids: readonly number[]): Set<number> {
  return new Set(handle.sqlite.prepare(`SELECT id FROM users WHERE active = 1 AND id IN (SELECT value FROM json_each(?))`).pluck().all(JSON.stringify(ids)) as number[]);
}

export interface PersonRow {
  id: number;
  name: string;
  role: 'manager' | 'lead' | 'participant' | 'viewer';
  active: boolean;
}

/** Names (and roles) of users by id, deactivated ones included, for showing who is who. */
export function peopleByIds(handle: DbHandle, ids: readonly number[]): Map<number, PersonRow> {
  const rows = handle.sqlite.prepare(`SELECT id, name, role, active FROM users WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as (Omit<PersonRow, 'active'> & { active: number })[];
  return new Map(rows.map((r) => [r.id, { ...r, active: r.active === 1 }]));
}

/** Active users by name, for picking a facilitator and participants. */
export function activePeople(handle: DbHandle): PersonRow[] {
  const rows = handle.sqlite.prepare(`SELECT id, name, role, active FROM users WHERE active = 1 ORDER BY name COLLATE NOCASE, id`).all() as (Omit<PersonRow, 'active'> & { active: number })[];
  return rows.map((r) => ({ ...r, active: true }));
}
