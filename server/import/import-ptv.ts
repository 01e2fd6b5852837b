import { createHash } from 'node:crypto';
import type { CatalogueOrganization, CatalogueService } from '../../shared/domain/catalogue-service';
import type { DbHandle } from '../../db/client';
import { latestSnapshotId, upsertOrganizations, writeSnapshot, type StoredService } from '../../db/queries/catalogue';
import { writeTransaction } from '../../db/client';
import { recordHistory } from '../../db/queries/history';
import { verifyAfterImport, type VerificationErrorLog, type VerificationSummary } from '../services/verify-requests';
import type { CatalogueSource } from './catalogue-source';
import { ImportError } from './import-error';
import { normalizeRecord } from './ptv-normalize';

export interface ImportProgress {
  phase: 'read' | 'write' | 'verify';
  services: number;
  organizations: number;
  skipped: number;
}

export interface ImportPtvOptions {
  /** Add to the latest snapshot instead of replacing it (implied by an incremental source). */
  incremental?: boolean;
  kind?: 'full' | 'incremental' | 'demo';
  note?: string;
  now?: () => Date;
  onProgress?: (progress: ImportProgress) => void;
  /** Where a failed check of change requests after the import is logged (standard error by default). */
  onVerificationError?: VerificationErrorLog;
}

export interface ImportPtvResult {
  /** The new snapshot, or null when the source held organisations only or no changes. */
  snapshotId: number | null;
  services: number;
  /** Services an update said were archived or withdrawn, left out of the new snapshot. */
  archived: number;
  organizations: number;
  skipped: Record<string, number>;
  shapes: Record<string, number>;
  /** The check of open change requests against the new snapshot, by region (absent when none were open). */
  verification?: VerificationSummary[];
  /** Why that check failed; the snapshot is imported all the same. */
  verificationError?: string;
}

/**
 * Imports a catalogue source as one new snapshot. Records are streamed and normalised
 * first (nothing written); then everything is written in one transaction, so an import
 * either becomes a whole snapshot or changes nothing.
 */
export async function importPtv(handle: DbHandle, source: CatalogueSource, options: ImportPtvOptions = {}): Promise<ImportPtvResult> {
  const services = new Map<string, StoredService>();
  const organizations = new Map<string, CatalogueOrganization>();
  const skipped: Record<string, number> = {};
  const shapes: Record<string, number> = {};
  const archived = new Set<string>();
  const incremental = options.incremental || source.incremental;
  if (incremental && latestSnapshotId(handle) === null) throw new ImportError(source.description, 'an incremental import needs an earlier full import');
  let seen = 0;
  for await (const record of source.records()) {
    if (record.archivedId !== undefined) {
      archived.add(record.archivedId);
      continue;
    }
    const normalized = normalizeRecord(record.value, record.origin, record.path);
    if (normalized.kind === 'service') {
      const { service } = normalized;
      services.set(service.id, toStored(service));
      const shape = service.shape ?? 'unknown';
      shapes[shape] = (shapes[shape] ?? 0) + 1;
    } else if (normalized.kind === 'organization') organizations.set(normalized.organization.id, normalized.organization);
    else skipped[normalized.what] = (skipped[normalized.what] ?? 0) + 1;
    if (++seen % 1000 === 0) options.onProgress?.({ phase: 'read', services: services.size, organizations: organizations.size, skipped: seen - services.size - organizations.size });
  }
  for (const id of services.keys()) archived.delete(id); // published now wins over an older archiving
  if (services.size === 0 && organizations.size === 0 && archived.size === 0) {
    // A quiet day for an update is no error; an empty full import would empty the catalogue.
    if (incremental) return { snapshotId: null, services: 0, organizations: 0, archived: 0, skipped, shapes };
    throw new ImportError(source.description, 'found no PTV services or organizations to import');
  }
  options.onProgress?.({ phase: 'write', services: services.size, organizations: organizations.size, skipped: seen - services.size - organizations.size });
  const result = { services: services.size, organizations: organizations.size, archived: archived.size, skipped, shapes };
  const kind = options.kind ?? (incremental ? 'incremental' : 'full');
  const createdAt = (options.now?.() ?? new Date()).toISOString();
  // One history event per run, in the same transaction as what it records.
  const recordRun = (snapshotId: number | null) =>
    recordHistory(handle, { userId: null, userName: 'import' }, createdAt, [
      { kind: 'import.catalogue', data: { snapshotId, kind, source: source.description, services: result.services, organizations: result.organizations, archived: result.archived } },
    ]);
  if (services.size === 0 && archived.size === 0) {
    writeTransaction(handle, () => {
      upsertOrganizations(handle, [...organizations.values()], null);
      recordRun(null);
    });
    return { snapshotId: null, ...result };
  }
  const snapshotId = writeTransaction(handle, () => {
    const id = writeSnapshot(handle, {
      kind,
      source: source.description,
      createdAt,
      shapes,
      note: options.note ?? null,
      services: [...services.values()],
      archivedIds: [...archived],
      organizations: [...organizations.values()],
    });
    recordRun(id);
    return id;
  });
  options.onProgress?.({ phase: 'verify', services: services.size, organizations: organizations.size, skipped: seen - services.size - organizations.size });
  return { snapshotId, ...result, ...verifyAfterImport(handle, { trigger: 'catalogue', snapshotId, now: new Date(createdAt), onError: options.onVerificationError }) };
}

/**
 * The stored form: the JSON body and a hash of it. The API shape a service was read in
 * is not content, so it is left out of both.
 */
export function toStored(service: CatalogueService): StoredService {
  const { shape: _shape, ...content } = service;
  const body = JSON.stringify(content);
  return {
    id: service.id,
    responsibleOrganizationId: service.responsibleOrganizationId,
    publishingStatus: service.publishingStatus,
    modified: service.modified,
    body, // only the text is kept until the write, not the parsed object
    hash: createHash('sha256').update(body).digest('hex').slice(0, 32),
  };
}

