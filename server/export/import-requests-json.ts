/**
 * Reads a JSON export of change requests back in (another county's server, a restored
 * database). Requests are matched by code: a new code is inserted with that code, an
 * identical request is skipped, and a code that exists with other content is a conflict.
 * Every record is checked before anything is written, and all is written in one
 * transaction: a bad record or a conflict leaves the database as it was. The codes are
 * matched inside that transaction, so a request another process stores meanwhile is a
 * conflict or a skip, never a half-done import.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import { writeTransaction, type DbHandle } from '../../db/client';
import { findChangeRequestByCode, insertChangeRequest } from '../../db/queries/change-requests';
import { recordHistory, type HistoryActor } from '../../db/queries/history';
import { findRegion } from '../../db/queries/regions';
import { recipientKindFor, type ChangeRequestState } from '../../shared/domain/change-request';
import { requestFieldProblem } from '../../shared/domain/change-request-rules';
import {
  changeRequestStateSchema,
  changeRequestTypeSchema,
  recipientKindSchema,
  requestDetailsSchema,
  requestItemKindSchema,
} from '../../shared/schemas/change-requests-api';
import { articleIdSchema, regionSchema } from '../../shared/schemas/review-api';
import { ImportError, jsonPath } from '../import/import-error';
import { readTextFile } from '../import/read-text-file';
import { canonicalJson, portableRequest, requestsJsonFormat, type PortableRequest } from './render-json';

const isoTime = z.iso.datetime({ offset: true });
const optionalText = (max: number) => z.string().max(max).nullable();

const portableRequestSchema = z.strictObject({
  code: z.string().regex(/^LP-\d{4}-\d{4,6}$/, 'a code like LP-2026-0042'),
  type: changeRequestTypeSchema,
  state: changeRequestStateSchema,
  recipient: z.strictObject({
    kind: recipientKindSchema,
    organizationId: optionalText(100),
    name: z.string().min(1).max(300),
    email: optionalText(254),
  }),
  serviceId: optionalText(100),
  itemKind: requestItemKindSchema.nullable(),
  itemValue: optionalText(300),
  reason: z.string().min(1).max(2000),
  details: requestDetailsSchema.extend({ baseServiceHash: z.string().max(200).optional() }),
  articleIds: z.array(articleIdSchema).min(1).max(500),
  sentAt: isoTime.nullable(),
  createdBy: z.string().min(1).max(200),
  createdAt: isoTime,
});

const documentSchema = z.strictObject({
  format: z.literal(requestsJsonFormat),
  version: z.literal(1),
  region: regionSchema,
  exportedAt: isoTime,
  requests: z.array(z.unknown()).max(100_000),
});

export interface RequestsImportResult {
  file: string;
  region: string;
  /** Codes of the requests added. */
  inserted: string[];
  /** Codes already here with the same content. */
  skipped: string[];
}

export interface RequestsImportOptions {
  actor?: HistoryActor;
  now?: () => Date;
  /** Refuse files larger than this (bytes). */
  maxBytes?: number;
}

/** The first problem zod found, as "path: message". */
function firstIssue(error: z.ZodError, base: string): string {
  const issue = error.issues[0];
  if (!issue) return `${base}: invalid`;
  const path = issue.path.reduce<string>((at, segment) => jsonPath(at, typeof segment === 'symbol' ? String(segment) : segment), base);
  return `${path}: ${issue.message}`;
}

function parseDocument(file: string, text: string): { region: string; requests: PortableRequest[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, `not JSON: ${(error as Error).message}`);
  }
  const document = documentSchema.safeParse(raw);
  if (!document.success) throw new ImportError(file, firstIssue(document.error, '$'));
  const requests = document.data.requests.map((record, i) => {
    const parsed = portableRequestSchema.safeParse(record);
    if (!parsed.success) throw new ImportError(file, firstIssue(parsed.error, `$.requests[${i}]`));
    // zod copies only the keys it knows, so a "__proto__" key cannot reach what is stored.
    return parsed.data as PortableRequest;
  });
  return { region: document.data.region, requests };
}

/**
 * The state a request is stored in. A verified request arrives as done: it was verified
 * against another database's snapshot, which means nothing here, so this database verifies
 * it again against its own catalogue.
 */
function importedState(state: ChangeRequestState): ChangeRequestState {
  return state === 'verified' ? 'done' : state;
}

/** Which top-level fields differ, for the conflict message; a verified request stored as done is the same. */
function differingFields(stored: PortableRequest, incoming: PortableRequest): string[] {
  return (Object.keys(stored) as (keyof PortableRequest)[]).filter(
    (key) => canonicalJson(stored[key]) !== canonicalJson(incoming[key]) && !(key === 'state' && stored.state === importedState(incoming.state)),
  );
}

/** The first thing in a record that the same request made here would be refused for (see createOrJoinRequest), as "path: problem". */
function recordProblem(request: PortableRequest, at: string, known: { article: (id: string) => boolean; service: (id: string) => boolean }): string | null {
  const unknownArticle = request.articleIds.findIndex((articleId) => !known.article(articleId));
  if (unknownArticle >= 0) return `${at}.articleIds[${unknownArticle}]: unknown article "${request.articleIds[unknownArticle]}" (import the articles first)`;
  const fieldProblem = requestFieldProblem(request);
  if (fieldProblem) return `${at}: ${fieldProblem}`;
  const recipientKind = recipientKindFor(request.type);
  if (request.recipient.kind !== recipientKind) return `${at}.recipient.kind: a ${request.type} request goes to "${recipientKind}", not "${request.recipient.kind}"`;
  if (request.serviceId !== null && !known.service(request.serviceId)) return `${at}.serviceId: unknown service "${request.serviceId}" (import the catalogue first)`;
  return null;
}

export async function importRequestsJson(handle: DbHandle, file: string, options: RequestsImportOptions = {}): Promise<RequestsImportResult> {
  const text = await readTextFile(file, options.maxBytes ?? 50 * 1024 * 1024);
  const { region, requests } = parseDocument(file, text);
  if (!findRegion(handle.db, region)) throw new ImportError(file, `$.region: unknown region "${region}"`);
  const articleQuery = handle.sqlite.prepare(`SELECT 1 FROM articles WHERE id = ?`).pluck();
  // Any version ever imported: a closed request may name a service PTV has since removed.
  const serviceQuery = handle.sqlite.prepare(`SELECT 1 FROM service_versions WHERE service_id = ? LIMIT 1`).pluck();
  const known = { article: (id: string) => Boolean(articleQuery.get(id)), service: (id: string) => Boolean(serviceQuery.get(id)) };
  const seen = new Set<string>();
  requests.forEach((request, i) => {
    const at = `$.requests[${i}]`;
    if (seen.has(request.code)) throw new ImportError(file, `${at}.code: "${request.code}" appears twice in the file`);
    seen.add(request.code);
    const problem = recordProblem(request, at, known);
    if (problem) throw new ImportError(file, problem);
  });
  const actor = options.actor ?? { userId: null, userName: 'command line' };
  const at = (options.now ?? (() => new Date()))().toISOString();
  return writeTransaction(handle, () => {
    const toInsert: PortableRequest[] = [];
    const skipped: string[] = [];
    const conflicts: string[] = [];
    requests.forEach((request, i) => {
      const existing = findChangeRequestByCode(handle, request.code);
      if (!existing) return void toInsert.push(request);
      const differs = existing.regionCode !== region ? ['region'] : differingFields(portableRequest(existing), portableRequest(request));
      if (differs.length === 0) skipped.push(request.code);
      else conflicts.push(`$.requests[${i}] (${request.code}): differs in ${differs.join(', ')}`);
    });
    if (conflicts.length > 0) {
      const more = conflicts.length > 3 ? ` and ${conflicts.length - 3} more` : '';
      throw new ImportError(file, `conflict: a request with the same code exists with other content: ${conflicts.slice(0, 3).join('; ')}${more}; nothing imported`);
    }
    for (const request of toInsert) {
      const state = importedState(request.state);
      // The file's code is kept (found free above, in this transaction).
      const stored = insertChangeRequest(handle, {
        code: request.code,
        sentAt: request.sentAt,
        regionCode: region,
        type: request.type,
        recipient: request.recipient,
        serviceId: request.serviceId,
        itemKind: request.itemKind,
        itemValue: request.itemValue,
        reason: request.reason,
        details: request.details,
        state,
        sourceFlagId: null,
        sourceDescriptionRequestId: null,
        sourceProposalId: null,
        baseSnapshotId: null,
        createdBy: request.createdBy,
        createdAt: request.createdAt,
        articleIds: request.articleIds,
      });
      const data = { code: request.code, importedFrom: basename(file), state, ...(state !== request.state ? { stateInFile: request.state } : {}) };
      recordHistory(handle, actor, at, [{ kind: 'changeRequest.created', changeRequestId: stored.id, serviceId: request.serviceId, regionCode: region, data }]);
    }
    return { file, region, inserted: toInsert.map((r) => r.code), skipped };
  });
}
