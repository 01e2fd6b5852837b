import type {
  ChangeRequestDetails,
  ChangeRequestState,
  ChangeRequestType,
  Recipient,
  RequestItemKind,
  VerificationResult,
} from '../../shared/domain/change-request';
import { formatRequestCode, sameFixKey } from '../../shared/domain/change-request';
import type { DbHandle } from '../client';

/** A change request as stored, with its JSON columns parsed and its articles. */
export interface ChangeRequestRecord {
  id: number;
  code: string;
  regionCode: string;
  type: ChangeRequestType;
  recipient: Recipient;
  serviceId: string | null;
  itemKind: RequestItemKind | null;
  itemValue: string | null;
  reason: string;
  details: ChangeRequestDetails;
  state: ChangeRequestState;
  sourceFlagId: number | null;
  sourceDescriptionRequestId: number | null;
  sourceProposalId: number | null;
  baseSnapshotId: number | null;
  verification: VerificationResult | null;
  verifiedSnapshotId: number | null;
  sentAt: string | null;
  lastExportId: number | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  articleIds: string[];
}

export type NewChangeRequest = Omit<
  ChangeRequestRecord,
  'id' | 'code' | 'verification' | 'verifiedSnapshotId' | 'sentAt' | 'lastExportId' | 'version' | 'updatedAt'
> & {
  /** A code the request already has (a re-imported export); the next free one otherwise. */
  code?: string;
  sentAt?: string | null;
};

const columns = `r.id, r.code, r.region_code AS regionCode, r.type, r.recipient_kind AS recipientKind, r.recipient_organization_id AS recipientOrganizationId,
  r.recipient_name AS recipientName, r.recipient_email AS recipientEmail, r.service_id AS serviceId, r.item_kind AS itemKind, r.item_value AS itemValue,
  r.reason, r.details, r.state, r.source_flag_id AS sourceFlagId, r.source_description_request_id AS sourceDescriptionRequestId,
  r.source_proposal_id AS sourceProposalId, r.base_snapshot_id AS baseSnapshotId, r.verification, r.verified_snapshot_id AS verifiedSnapshotId,
  r.sent_at AS sentAt, r.last_export_id AS lastExportId, r.version, r.created_by AS createdBy, r.created_at AS createdAt, r.updated_at AS updatedAt,
  (SELECT json_group_array(article_id) FROM (SELECT article_id FROM change_request_articles WHERE request_id = r.id ORDER BY article_id)) AS articleIds`;

interface Row extends Omit<ChangeRequestRecord, 'recipient' | 'details' | 'verification' | 'articleIds'> {
  recipientKind: Recipient['kind'];
  recipientOrganizationId: string | null;
  recipientName: string;
  recipientEmail: string | null;
  details: string;
  verification: string | null;
  articleIds: string;
}

function parse(row: Row): ChangeRequestRecord {
  const { recipientKind, recipientOrganizationId, recipientName, recipientEmail, details, verification, articleIds, ...rest } = row;
  return {
    ...rest,
    recipient: { kind: recipientKind, organizationId: recipientOrganizationId, name: recipientName, email: recipientEmail },
    details: JSON.parse(details) as ChangeRequestDetails,
    verification: verification === null ? null : (JSON.parse(verification) as VerificationResult),
    articleIds: JSON.parse(articleIds) as string[],
  };
}

const helsinkiYear = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric' });

/** The year a request is made in, as the county counts it: 00:30 on 1 January in Finland is already the new year. */
function requestYear(createdAt: string): number {
  return Number(helsinkiYear.format(new Date(createdAt)));
}

/** The next free code of the year (call inside the write transaction that inserts it). */
export function nextRequestCode(handle: DbHandle, year: number): string {
  const prefix = `LP-${year}-`;
  const last = handle.sqlite
    .prepare(`SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM change_requests WHERE code LIKE ? || '%'`)
    .pluck()
    .get(prefix.length + 1, prefix) as number | null;
  return formatRequestCode(year, (last ?? 0) + 1);
}

/** Stores a new request with its articles (call inside a write transaction); returns it. */
export function insertChangeRequest(handle: DbHandle, request: NewChangeRequest): ChangeRequestRecord {
  const code = request.code ?? nextRequestCode(handle, requestYear(request.createdAt));
  const result = handle.sqlite
    .prepare(
      `INSERT INTO change_requests (code, region_code, type, recipient_kind, recipient_organization_id, recipient_name, recipient_email, service_id,
        item_kind, item_value, reason, details, state, source_flag_id, source_description_request_id, source_proposal_id, base_snapshot_id,
        sent_at, version, created_by, created_at, updated_at)
       VALUES (@code, @regionCode, @type, @recipientKind, @recipientOrganizationId, @recipientName, @recipientEmail, @serviceId,
        @itemKind, @itemValue, @reason, @details, @state, @sourceFlagId, @sourceDescriptionRequestId, @sourceProposalId, @baseSnapshotId,
        @sentAt, 1, @createdBy, @createdAt, @createdAt)`,
    )
    .run({
      code,
      regionCode: request.regionCode,
      type: request.type,
      recipientKind: request.recipient.kind,
      recipientOrganizationId: request.recipient.organizationId,
      recipientName: request.recipient.name,
      recipientEmail: request.recipient.email,
      serviceId: request.serviceId,
      itemKind: request.itemKind,
      itemValue: request.itemValue,
      reason: request.reason,
      details: JSON.stringify(request.details),
      state: request.state,
      sourceFlagId: request.sourceFlagId,
      sourceDescriptionRequestId: request.sourceDescriptionRequestId,
      sourceProposalId: request.sourceProposalId,
      baseSnapshotId: request.baseSnapshotId,
      sentAt: request.sentAt ?? null,
      createdBy: request.createdBy,
      createdAt: request.createdAt,
    });
  const id = Number(result.lastInsertRowid);
  addRequestArticles(handle, id, request.articleIds);
  return findChangeRequest(handle, id) as ChangeRequestRecord;
}

/** Adds articles to a request (existing ones are kept); returns the ids that were new. */
export function addRequestArticles(handle: DbHandle, requestId: number, articleIds: readonly string[]): string[] {
  const insert = handle.sqlite.prepare(`INSERT OR IGNORE INTO change_request_articles (request_id, article_id) VALUES (?, ?)`);
  return articleIds.filter((articleId) => insert.run(requestId, articleId).changes === 1);
}

/** Replaces a request's articles (an edit). */
export function setRequestArticles(handle: DbHandle, requestId: number, articleIds: readonly string[]): void {
  handle.sqlite.prepare(`DELETE FROM change_request_articles WHERE request_id = ?`).run(requestId);
  addRequestArticles(handle, requestId, articleIds);
}

export function findChangeRequest(handle: DbHandle, id: number): ChangeRequestRecord | undefined {
  const row = handle.sqlite.prepare(`SELECT ${columns} FROM change_requests r WHERE r.id = ?`).get(id) as Row | undefined;
  return row && parse(row);
}

export function findChangeRequestByCode(handle: DbHandle, code: string): ChangeRequestRecord | undefined {
  const row = handle.sqlite.prepare(`SELECT ${columns} FROM change_requests r WHERE r.code = ?`).get(code) as Row | undefined;
  return row && parse(row);
}

export interface ChangeRequestFilter {
  regionCode: string;
  states?: readonly ChangeRequestState[];
  ids?: readonly number[];
  /** Only requests concerning at least one of these articles (what a participant may read). */
  articleIds?: readonly string[];
  serviceId?: string;
  articleId?: string;
}

/** Requests of a region, oldest code first, narrowed by the filter. */
export function listChangeRequests(handle: DbHandle, filter: ChangeRequestFilter): ChangeRequestRecord[] {
  const where = ['r.region_code = ?'];
  const params: (string | number)[] = [filter.regionCode];
  if (filter.states) {
    where.push(`r.state IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.states));
  }
  if (filter.ids) {
    where.push(`r.id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.ids));
  }
  if (filter.serviceId !== undefined) {
    where.push('r.service_id = ?');
    params.push(filter.serviceId);
  }
  if (filter.articleId !== undefined) {
    where.push('r.id IN (SELECT request_id FROM change_request_articles WHERE article_id = ?)');
    params.push(filter.articleId);
  }
  if (filter.articleIds) {
    where.push('r.id IN (SELECT request_id FROM change_request_articles WHERE article_id IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(filter.articleIds));
  }
  const rows = handle.sqlite.prepare(`SELECT ${columns} FROM change_requests r WHERE ${where.join(' AND ')} ORDER BY r.id`).all(...params) as Row[];
  return rows.map(parse);
}

/**
 * The request not yet sent that is the same fix, if any (see sameFixKey). A sent request
 * went out as it was: articles added to it now would never reach the recipient.
 */
export function findOpenSameFix(
  handle: DbHandle,
  r: Parameters<typeof sameFixKey>[0] & { type: ChangeRequestType },
): ChangeRequestRecord | undefined {
  const key = sameFixKey(r);
  const rows = handle.sqlite
    .prepare(
      `SELECT ${columns} FROM change_requests r WHERE r.region_code = ? AND r.type = ? AND r.service_id IS ? AND r.item_kind IS ? AND r.item_value IS ?
       AND r.state IN ('draft', 'ready') ORDER BY r.id`,
    )
    .all(r.regionCode, r.type, r.serviceId, r.itemKind, r.itemValue) as Row[];
  return rows.map(parse).find((candidate) => sameFixKey(candidate) === key);
}

export interface ChangeRequestPatch {
  state?: ChangeRequestState;
  reason?: string;
  details?: ChangeRequestDetails;
  recipient?: Recipient;
  itemKind?: RequestItemKind | null;
  itemValue?: string | null;
  verification?: VerificationResult | null;
  verifiedSnapshotId?: number | null;
  sentAt?: string | null;
  lastExportId?: number | null;
}

/**
 * Applies a patch if the request is still at `expectedVersion` (null: no check, for
 * system writers such as verification); bumps the version unless only the check result
 * changed. False when someone was first.
 */
export function updateChangeRequest(handle: DbHandle, id: number, expectedVersion: number | null, patch: ChangeRequestPatch, now: string): boolean {
  // A new check result alone is no edit: it must not turn someone's open edit into a conflict.
  const onlyCheck = Object.keys(patch).length > 0 && Object.keys(patch).every((key) => key === 'verification');
  const sets: string[] = onlyCheck ? [] : ['version = version + 1', 'updated_at = @now'];
  const params: Record<string, unknown> = { id, now, expectedVersion };
  const put = (column: string, key: string, value: unknown) => {
    sets.push(`${column} = @${key}`);
    params[key] = value;
  };
  if (patch.state !== undefined) put('state', 'state', patch.state);
  if (patch.reason !== undefined) put('reason', 'reason', patch.reason);
  if (patch.details !== undefined) put('details', 'details', JSON.stringify(patch.details));
  if (patch.recipient !== undefined) {
    put('recipient_kind', 'recipientKind', patch.recipient.kind);
    put('recipient_organization_id', 'recipientOrganizationId', patch.recipient.organizationId);
    put('recipient_name', 'recipientName', patch.recipient.name);
    put('recipient_email', 'recipientEmail', patch.recipient.email);
  }
  if (patch.itemKind !== undefined) put('item_kind', 'itemKind', patch.itemKind);
  if (patch.itemValue !== undefined) put('item_value', 'itemValue', patch.itemValue);
  if (patch.verification !== undefined) put('verification', 'verification', patch.verification === null ? null : JSON.stringify(patch.verification));
  if (patch.verifiedSnapshotId !== undefined) put('verified_snapshot_id', 'verifiedSnapshotId', patch.verifiedSnapshotId);
  if (patch.sentAt !== undefined) put('sent_at', 'sentAt', patch.sentAt);
  if (patch.lastExportId !== undefined) put('last_export_id', 'lastExportId', patch.lastExportId);
  if (sets.length === 0) return true;
  const sql = `UPDATE change_requests SET ${sets.join(', ')} WHERE id = @id AND (@expectedVersion IS NULL OR version = @expectedVersion)`;
  return handle.sqlite.prepare(sql).run(params).changes === 1;
}

/** The few columns counting needs (the dashboard): reading full records costs ten times as much for thousands. */
export interface RequestSummary {
  id: number;
  code: string;
  state: ChangeRequestState;
  kind: Recipient['kind'];
  organizationId: string | null;
  name: string;
  createdAt: string;
}

/** A region's requests as summaries, oldest first; `readable` narrows to those about these articles (a participant's). */
export function listRequestSummaries(handle: DbHandle, regionCode: string, readable: ReadonlySet<string> | null): RequestSummary[] {
  const columns = `r.id, r.code, r.state, r.recipient_kind AS kind, r.recipient_organization_id AS organizationId, r.recipient_name AS name, r.created_at AS createdAt`;
  if (!readable) return handle.sqlite.prepare(`SELECT ${columns} FROM change_requests r WHERE r.region_code = ? ORDER BY r.id`).all(regionCode) as RequestSummary[];
  return handle.sqlite
    .prepare(
      `SELECT ${columns} FROM change_requests r WHERE r.region_code = ?
       AND r.id IN (SELECT request_id FROM change_request_articles WHERE article_id IN (SELECT value FROM json_each(?))) ORDER BY r.id`,
    )
    .all(regionCode, JSON.stringify([...readable])) as RequestSummary[];
}
