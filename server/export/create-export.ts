/**
 * An export from start to stored file: select the requests, build their views, render the
 * file, then in ONE write transaction store the exact bytes and (when asked) move the ready
 * requests to sent with history. A failure before that transaction changes nothing; a
 * request someone changed while the file was being made stops the export (the file would
 * say something that is no longer true).
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { writeTransaction, type DbHandle } from '../../db/client';
import { listChangeRequests, updateChangeRequest, type ChangeRequestRecord } from '../../db/queries/change-requests';
import { recordHistory, type HistoryActor, type NewHistoryEvent } from '../../db/queries/history';
import { findRegion } from '../../db/queries/regions';
import { matchesRecipientFilter, nextStates, recipientKey } from '../../shared/domain/change-request';
import { DomainError } from '../../shared/domain/domain-error';
import type { ChangeRequestView, startExportInputSchema } from '../../shared/schemas/change-requests-api';
import { buildRequestViews } from '../engine/change-request-view';
import type { CatalogueCache } from '../services/catalogue-cache';
import { UserError } from '../user-error';
import { insertRequestExport } from './export-store';
import type { ExportMeta } from './recipient-groups';
import { renderExport, type ExportFormat } from './render-export';

export type StartExportInput = z.infer<typeof startExportInputSchema>;

export interface ExportProgress {
  phase: 'select' | 'render' | 'save';
  done: number;
  total: number | null;
}

export interface ExportDeps {
  handle: DbHandle;
  catalogue: CatalogueCache;
  actor: HistoryActor;
  now: () => Date;
  /** How the final transaction runs (a procedure passes trackedWrite); default writeTransaction. */
  write?: <T>(work: () => T) => T;
  /** Called with the finished file before it is stored (the CLI writes it to disk here first). */
  beforeSave?: (body: Buffer) => Promise<void>;
}

export interface ExportResult {
  exportId: number;
  fileName: string;
  format: ExportFormat;
  contentType: string;
  byteSize: number;
  sha256: string;
  requestCount: number;
  /** Codes of the requests this export moved from ready to sent. */
  markedSent: string[];
  recipients: number;
}


/** The requests an export would contain (oldest code first). */
export function selectForExport(handle: DbHandle, input: Pick<StartExportInput, 'region' | 'states' | 'ids' | 'recipient'>): ChangeRequestRecord[] {
  return listChangeRequests(handle, { regionCode: input.region, states: input.states ?? ['ready'], ...(input.ids ? { ids: input.ids } : {}) }).filter((r) => matchesRecipientFilter(r.recipient, input.recipient));
}

/** The file shows what exporting makes true: the ready requests as sent today. */
function asSent(view: ChangeRequestView, at: string): ChangeRequestView {
  return view.state === 'ready' ? { ...view, state: 'sent', sentAt: at, nextStates: [...nextStates('sent')] } : view;
}

export async function createExport(deps: ExportDeps, input: StartExportInput, report: (progress: ExportProgress) => void = () => {}): Promise<{ result: ExportResult; body: Buffer }> {
  const { handle } = deps;
  const region = findRegion(handle.db, input.region);
  if (!region) throw new UserError(`unknown region "${input.region}"`);
  report({ phase: 'select', done: 0, total: null });
  const records = selectForExport(handle, input);
  if (records.length === 0) throw new UserError(`no change requests to export in region ${input.region} (states: ${(input.states ?? ['ready']).join(', ')})`);
  report({ phase: 'select', done: records.length, total: records.length });

  const at = deps.now().toISOString();
  const meta: ExportMeta = { region: { code: region.code, name: region.name }, exportedAt: at, exportedBy: deps.actor.userName, language: input.language };
  const toSend = input.markSent ? records.filter((r) => r.state === 'ready') : [];
  const views = buildRequestViews(handle, deps.catalogue, records).map((view) => (input.markSent ? asSent(view, at) : view));
  report({ phase: 'render', done: 0, total: null });
  const file = await renderExport(input.format, views, meta, {
    csvSeparator: input.csvSeparator ?? ';',
    recipient: input.recipient ?? null,
    onPart: (done, total) => report({ phase: 'render', done, total }),
  });
  const sha256 = createHash('sha256').update(file.body).digest('hex');

  report({ phase: 'save', done: 0, total: 1 });
  await deps.beforeSave?.(file.body);
  const write = deps.write ?? (<T>(work: () => T) => writeTransaction(handle, work));
  const exportId = write(() => {
    const id = insertRequestExport(handle, {
      regionCode: region.code,
      format: input.format,
      language: input.language,
      recipient: input.recipient ?? null,
      requestIds: records.map((r) => r.id),
      markedSent: input.markSent,
      fileName: file.fileName,
      contentType: file.contentType,
      body: file.body,
      sha256,
      createdBy: deps.actor.userName,
      createdAt: at,
    });
    const events: NewHistoryEvent[] = [];
    const labels = new Map(views.map((view) => [view.id, view.recipientLabel]));
    for (const record of toSend) {
      // The version the file was made from: a change since (withdrawn, edited) stops the export.
      if (!updateChangeRequest(handle, record.id, record.version, { state: 'sent', sentAt: at, lastExportId: id }, at)) {
        throw new DomainError('CONFLICT', `${record.code} changed while the export was being made; export again`);
      }
      events.push({
        kind: 'changeRequest.sent',
        changeRequestId: record.id,
        serviceId: record.serviceId,
        regionCode: region.code,
        // The name in every language, so the timeline can say it in the reader's.
        data: { exportId: id, code: record.code, recipient: { key: recipientKey(record.recipient), name: record.recipient.name, label: labels.get(record.id) ?? null, email: record.recipient.email }, format: input.format },
      });
    }
    events.push({
      kind: 'export.requests',
      regionCode: region.code,
      data: { exportId: id, format: input.format, language: input.language, fileName: file.fileName, requestCount: records.length, markedSent: toSend.length, recipient: input.recipient ?? null },
    });
    recordHistory(handle, deps.actor, at, events);
    return id;
  });
  report({ phase: 'save', done: 1, total: 1 });
  const recipients = new Set(records.map((r) => recipientKey(r.recipient))).size;
  return {
    result: { exportId, fileName: file.fileName, format: input.format, contentType: file.contentType, byteSize: file.body.length, sha256, requestCount: records.length, markedSent: toSend.map((r) => r.code), recipients },
    body: file.body,
  };
}
