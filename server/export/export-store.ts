/** The request_exports table: each export's exact file, kept so it can be downloaded again. */
import type { DbHandle } from '../../db/client';
import type { ExportView } from '../../shared/schemas/change-requests-api';
import type { ExportFormat, RecipientFilter } from './render-export';

export interface NewRequestExport {
  regionCode: string;
  format: ExportFormat;
  language: 'fi' | 'sv';
  recipient: RecipientFilter | null;
  requestIds: number[];
  markedSent: boolean;
  fileName: string;
  contentType: string;
  body: Buffer;
  sha256: string;
  createdBy: string;
  createdAt: string;
}

/** Stores an export (call inside the write transaction that marks its requests sent); returns its id. */
export function insertRequestExport(handle: DbHandle, e: NewRequestExport): number {
  const result = handle.sqlite
    .prepare(
      `INSERT INTO request_exports (region_code, format, language, recipient, request_ids, marked_sent, file_name, content_type, body, byte_size, sha256, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      e.regionCode,
      e.format,
      e.language,
      e.recipient ? JSON.stringify({ kind: e.recipient.kind, organizationId: e.recipient.organizationId ?? null }) : null,
      JSON.stringify(e.requestIds),
      e.markedSent ? 1 : 0,
      e.fileName,
      e.contentType,
      e.body,
      e.body.length,
      e.sha256,
      e.createdBy,
      e.createdAt,
    );
  return Number(result.lastInsertRowid);
}

interface Row {
  id: number;
  regionCode: string;
  format: ExportFormat;
  language: 'fi' | 'sv';
  recipient: string | null;
  requestIds: string;
  markedSent: number;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  createdBy: string;
  createdAt: string;
}

const columns = `id, region_code AS regionCode, format, language, recipient, request_ids AS requestIds, marked_sent AS markedSent, file_name AS fileName,
  content_type AS contentType, byte_size AS byteSize, sha256, created_by AS createdBy, created_at AS createdAt`;

function toView(row: Row): ExportView {
  return {
    id: row.id,
    format: row.format,
    language: row.language,
    recipient: parseRecipient(row.recipient),
    requestCount: (JSON.parse(row.requestIds) as number[]).length,
    markedSent: row.markedSent === 1,
    fileName: row.fileName,
    byteSize: row.byteSize,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

function parseRecipient(json: string | null): ExportView['recipient'] {
  if (json === null) return null;
  const recipient = JSON.parse(json) as { kind: NonNullable<ExportView['recipient']>['kind']; organizationId?: string | null };
  return { kind: recipient.kind, organizationId: recipient.organizationId ?? null };
}

/** A region's exports, newest first (without the files); with `requestId`, those the request went out in. */
export function listRequestExports(handle: DbHandle, regionCode: string, options: { requestId?: number; limit?: number } = {}): ExportView[] {
  const rows = handle.sqlite
    .prepare(
      `SELECT ${columns} FROM request_exports WHERE region_code = ?
       AND (? IS NULL OR EXISTS (SELECT 1 FROM json_each(request_exports.request_ids) WHERE value = ?)) ORDER BY id DESC LIMIT ?`,
    )
    .all(regionCode, options.requestId ?? null, options.requestId ?? null, options.limit ?? 200) as Row[];
  return rows.map(toView);
}

export interface StoredExportFile {
  id: number;
  regionCode: string;
  fileName: string;
  contentType: string;
  body: Buffer;
  sha256: string;
}

/** One export's file, for the download route. */
export function findExportFile(handle: DbHandle, id: number): StoredExportFile | undefined {
  return handle.sqlite.prepare(`SELECT id, region_code AS regionCode, file_name AS fileName, content_type AS contentType, body, sha256 FROM request_exports WHERE id = ?`).get(id) as
    | StoredExportFile
    | undefined;
}
