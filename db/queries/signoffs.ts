import type { LinkSet } from '../../shared/domain/signoff-drift';
import type { DecisionValue } from '../../shared/domain/types';
import type { DbHandle } from '../client';

export type SignoffAction = 'signed_off' | 'sent_back';

/** A lead's sign-off or send-back of an article's link set in a region, with what it covered. */
export interface SignoffRecord extends LinkSet {
  id: number;
  articleId: string;
  regionCode: string;
  action: SignoffAction;
  /** The catalogue snapshot the link set was judged against. */
  snapshotId: number | null;
  userId: number | null;
  userName: string;
  at: string;
  comment: string | null;
}

export type NewSignoff = Omit<SignoffRecord, 'id'>;

type Row = Omit<SignoffRecord, 'approved' | 'surfacing'> & { approved: string; surfacing: string };

const columns = `id, article_id AS articleId, region_code AS regionCode, action, snapshot_id AS snapshotId, user_id AS userId, user_name AS userName, at, comment, approved, surfacing`;

function parse(row: Row): SignoffRecord {
  return { ...row, approved: JSON.parse(row.approved) as SignoffRecord['approved'], surfacing: JSON.parse(row.surfacing) as SignoffRecord['surfacing'] };
}

/** Stores a sign-off or send-back (call inside the write transaction that records its history). */
export function insertSignoff(handle: DbHandle, signoff: NewSignoff): SignoffRecord {
  const id = handle.sqlite
    .prepare(
      `INSERT INTO signoffs (article_id, region_code, action, snapshot_id, user_id, user_name, at, comment, approved, surfacing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .pluck()
    .get(
      signoff.articleId,
      signoff.regionCode,
      signoff.action,
      signoff.snapshotId,
      signoff.userId,
      signoff.userName,
      signoff.at,
      signoff.comment,
      JSON.stringify(signoff.approved),
      JSON.stringify(signoff.surfacing),
    ) as number;
  return { id, ...signoff };
}

/** The lead's latest action on an article in a region, or null when there is none. */
export function latestSignoff(handle: DbHandle, articleId: string, regionCode: string): SignoffRecord | null {
  const row = handle.sqlite.prepare(`SELECT ${columns} FROM signoffs WHERE article_id = ? AND region_code = ? ORDER BY id DESC LIMIT 1`).get(articleId, regionCode) as Row | undefined;
  return row ? parse(row) : null;
}

/** The latest action per article of a region, in one query (for the article list). */
export function latestSignoffs(handle: DbHandle, regionCode: string): Map<string, SignoffRecord> {
  const rows = handle.sqlite
    .prepare(`SELECT ${columns} FROM signoffs WHERE id IN (SELECT max(id) FROM signoffs WHERE region_code = ? GROUP BY article_id)`)
    .all(regionCode) as Row[];
  return new Map(rows.map((row) => [row.articleId, parse(row)]));
}

/** A decision change recorded in history, as a conflict message shows it. */
export interface DecisionEvent {
  kind: string;
  userName: string;
  at: string;
  serviceId: string | null;
  before: DecisionValue | null;
  after: DecisionValue | null;
}

/** Decision changes of an article after its decisions `version`, oldest first (whoever made them). */
export function decisionEventsSince(handle: DbHandle, articleId: string, version: number): DecisionEvent[] {
  const rows = handle.sqlite
    .prepare(
      `SELECT kind, user_name AS userName, at, service_id AS serviceId, json_extract(data, '$.before.decision') AS before, json_extract(data, '$.after.decision') AS after
       FROM history_events WHERE article_id = ? AND article_version > ? AND kind IN ('decision.set', 'decision.cleared', 'decision.undone') ORDER BY id`,
    )
    .all(articleId, version) as DecisionEvent[];
  return rows;
}

/** Service id → name, from the stored versions with these content hashes: names of services the current snapshot no longer has. */
export function namesOfServiceVersions(handle: DbHandle, hashes: readonly string[]): Map<string, Record<string, string>> {
  if (hashes.length === 0) return new Map();
  const rows = handle.sqlite
    .prepare(`SELECT hash, service_id AS serviceId, json_extract(body, '$.name') AS name FROM service_versions WHERE hash IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(hashes)) as { hash: string; serviceId: string; name: string | null }[];
  return new Map(rows.map((row) => [row.serviceId, row.name ? (JSON.parse(row.name) as Record<string, string>) : {}]));
}
