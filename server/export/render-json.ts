/**
 * The JSON export: every field a request needs to be recreated elsewhere, and nothing that
 * only means something in this database (row ids, versions, flag or snapshot ids).
 * import-requests-json.ts reads it back.
 */
import type { Recipient } from '../../shared/domain/change-request';
import type { ChangeRequestRecord } from '../../db/queries/change-requests';
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import type { ExportMeta } from './recipient-groups';

export const requestsJsonFormat = 'linkkipaja.change-requests';
export const jsonContentType = 'application/json; charset=utf-8';

/** A request as the JSON export carries it: the stored fields that mean the same in another database. */
export type PortableRequest = Pick<
  ChangeRequestRecord,
  'code' | 'type' | 'state' | 'recipient' | 'serviceId' | 'itemKind' | 'itemValue' | 'reason' | 'details' | 'articleIds' | 'sentAt' | 'createdBy' | 'createdAt'
>;

export interface RequestsJsonDocument {
  format: typeof requestsJsonFormat;
  version: 1;
  region: string;
  exportedAt: string;
  requests: PortableRequest[];
}

type RequestLike = Omit<PortableRequest, 'articleIds' | 'recipient'> & { recipient: Recipient } & ({ articleIds: readonly string[] } | { articles: readonly { id: string }[] });

/** The portable fields of a stored request or of its view, in one key order. */
export function portableRequest(request: RequestLike): PortableRequest {
  const articleIds = 'articleIds' in request ? [...request.articleIds] : request.articles.map((a) => a.id);
  const { kind, organizationId, name, email } = request.recipient;
  return {
    code: request.code,
    type: request.type,
    state: request.state,
    recipient: { kind, organizationId, name, email },
    serviceId: request.serviceId,
    itemKind: request.itemKind,
    itemValue: request.itemValue,
    reason: request.reason,
    details: request.details,
    articleIds: articleIds.sort(),
    sentAt: request.sentAt,
    createdBy: request.createdBy,
    createdAt: request.createdAt,
  };
}

export function renderJson(views: readonly ChangeRequestView[], meta: ExportMeta): Buffer {
  const document: RequestsJsonDocument = {
    format: requestsJsonFormat,
    version: 1,
    region: meta.region.code,
    exportedAt: meta.exportedAt,
    requests: [...views].sort((a, b) => a.code.localeCompare(b.code)).map(portableRequest),
  };
  return Buffer.from(JSON.stringify(document, null, 2) + '\n', 'utf8');
}

/** JSON with object keys sorted, so two requests compare by content, not key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
