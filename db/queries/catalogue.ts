import { desc, eq } from 'drizzle-orm';
import type { CatalogueOrganization, CatalogueService } from '../../shared/domain/catalogue-service';
import { writeTransaction, type DbHandle } from '../client';
import { snapshots } from '../schema/index';

export interface SnapshotRow {
  id: number;
  kind: string;
  source: string;
  baseSnapshotId: number | null;
  createdAt: string;
  serviceCount: number;
  organizationCount: number;
  shapes: Record<string, number>;
  note: string | null;
}

/** A normalised service ready to store: its JSON body, the hash of that body and the indexed columns. */
export interface StoredService {
  id: string;
  responsibleOrganizationId: string | null;
  publishingStatus: string | null;
  modified: string | null;
  body: string;
  hash: string;
}

export interface SnapshotInput {
  kind: 'full' | 'incremental' | 'demo';
  source: string;
  createdAt: string;
  shapes: Record<string, number>;
  note?: string | null;
  services: readonly StoredService[];
  /** Services to leave out of an incremental snapshot (archived or withdrawn since). */
  archivedIds?: readonly string[];
  organizations: readonly CatalogueOrganization[];
}

/**
 * Writes a new catalogue snapshot in one IMMEDIATE transaction: new service versions,
 * membership (an incremental one starts from the latest snapshot) and organisations.
 * Returns the new snapshot id; on any error nothing is written.
 */
export function writeSnapshot(handle: DbHandle, input: SnapshotInput): number {
  const { sqlite } = handle;
  const insertVersion = sqlite.prepare(
    `INSERT OR IGNORE INTO service_versions (hash, service_id, responsible_organization_id, publishing_status, modified, body) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertMember = sqlite.prepare(`INSERT OR REPLACE INTO snapshot_services (snapshot_id, service_id, hash) VALUES (?, ?, ?)`);
  return writeTransaction(handle, () => {
    const base = input.kind === 'incremental' ? latestSnapshotId(handle) : null;
    const created = sqlite
      .prepare(`INSERT INTO snapshots (kind, source, base_snapshot_id, created_at, service_count, organization_count, shapes, note) VALUES (?, ?, ?, ?, 0, ?, ?, ?)`)
      .run(input.kind, input.source, base, input.createdAt, input.organizations.length, JSON.stringify(input.shapes), input.note ?? null);
    const snapshotId = Number(created.lastInsertRowid);
    if (base !== null) {
      sqlite.prepare(`INSERT INTO snapshot_services (snapshot_id, service_id, hash) SELECT ?, service_id, hash FROM snapshot_services WHERE snapshot_id = ?`).run(snapshotId, base);
    }
    const leaveOut = sqlite.prepare(`DELETE FROM snapshot_services WHERE snapshot_id = ? AND service_id = ?`);
    for (const id of input.archivedIds ?? []) leaveOut.run(snapshotId, id);
    for (const s of input.services) {
      insertVersion.run(s.hash, s.id, s.responsibleOrganizationId, s.publishingStatus, s.modified, s.body);
      insertMember.run(snapshotId, s.id, s.hash);
    }
    upsertOrganizations(handle, input.organizations, snapshotId);
    const count = sqlite.prepare(`SELECT count(*) AS n FROM snapshot_services WHERE snapshot_id = ?`).get(snapshotId) as { n: number };
    sqlite.prepare(`UPDATE snapshots SET service_count = ? WHERE id = ?`).run(count.n, snapshotId);
    return snapshotId;
  });
}

/** Inserts or updates organisations; call inside a write transaction. */
export function upsertOrganizations(handle: DbHandle, organizations: readonly CatalogueOrganization[], snapshotId: number | null): void {
  const upsert = handle.sqlite.prepare(
    `INSERT INTO organizations (id, name, organization_type, business_code, emails, area_type, modified, last_snapshot_id)
     VALUES (@id, @name, @organizationType, @businessCode, @emails, @areaType, @modified, @snapshotId)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, organization_type = excluded.organization_type,
       business_code = excluded.business_code, emails = excluded.emails, area_type = excluded.area_type,
       modified = excluded.modified, last_snapshot_id = coalesce(excluded.last_snapshot_id, organizations.last_snapshot_id)`,
  );
  for (const org of organizations) {
    upsert.run({ ...org, name: JSON.stringify(org.name), emails: JSON.stringify(org.emails), snapshotId });
  }
}

export function latestSnapshotId(handle: DbHandle): number | null {
  const row = handle.sqlite.prepare(`SELECT max(id) AS id FROM snapshots`).get() as { id: number | null };
  return row.id;
}

export function listSnapshots(handle: DbHandle): SnapshotRow[] {
  return handle.db
    .select()
    .from(snapshots)
    .orderBy(desc(snapshots.id))
    .all()
    .map((row) => ({ ...row, shapes: JSON.parse(row.shapes) as Record<string, number> }));
}

export function findSnapshot(handle: DbHandle, id: number): SnapshotRow | undefined {
  const row = handle.db.select().from(snapshots).where(eq(snapshots.id, id)).get();
  return row ? { ...row, shapes: JSON.parse(row.shapes) as Record<string, number> } : undefined;
}

/** Every service of a snapshot with its content hash. */
export function loadSnapshotServices(handle: DbHandle, snapshotId: number): { service: CatalogueService; hash: string }[] {
  const rows = handle.sqlite
    .prepare(`SELECT v.hash AS hash, v.body AS body FROM snapshot_services s JOIN service_versions v ON v.hash = s.hash WHERE s.snapshot_id = ? ORDER BY s.service_id`)
    .all(snapshotId) as { hash: string; body: string }[];
  return rows.map((row) => ({ service: JSON.parse(row.body) as CatalogueService, hash: row.hash }));
}

/** service id → content hash in a snapshot. */
export function snapshotHashes(handle: DbHandle, snapshotId: number): Map<string, string> {
  const rows = handle.sqlite.prepare(`SELECT service_id AS id, hash FROM snapshot_services WHERE snapshot_id = ?`).all(snapshotId) as { id: string; hash: string }[];
  return new Map(rows.map((r) => [r.id, r.hash]));
}

/** Every organisation as last imported, by id. */
export function loadOrganizations(handle: DbHandle): Map<string, CatalogueOrganization> {
  const rows = handle.sqlite
    .prepare(`SELECT id, name, organization_type AS organizationType, business_code AS businessCode, emails, area_type AS areaType, modified FROM organizations`)
    .all() as (Omit<CatalogueOrganization, 'name' | 'emails'> & { name: string; emails: string })[];
  return new Map(rows.map((row) => [row.id, { ...row, name: JSON.parse(row.name) as CatalogueOrganization['name'], emails: JSON.parse(row.emails) as string[] }]));
}
