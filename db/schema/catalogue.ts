import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One import of the catalogue. A snapshot is written in one transaction, so it is always whole. */
export const snapshots = sqliteTable('snapshots', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['full', 'incremental', 'demo'] }).notNull(),
  source: text('source').notNull(),
  baseSnapshotId: integer('base_snapshot_id'),
  createdAt: text('created_at').notNull(),
  serviceCount: integer('service_count').notNull(),
  organizationCount: integer('organization_count').notNull(),
  /** JSON: PTV shape → count of services read in that shape, e.g. {"v11":3,"v8":446}. */
  shapes: text('shapes').notNull(),
  note: text('note'),
});

/**
 * Content-addressed service versions: a new snapshot writes only what changed.
 * `body` is the normalised service (JSON of CatalogueService).
 */
export const serviceVersions = sqliteTable(
  'service_versions',
  {
    hash: text('hash').primaryKey(),
    serviceId: text('service_id').notNull(),
    responsibleOrganizationId: text('responsible_organization_id'),
    publishingStatus: text('publishing_status'),
    modified: text('modified'),
    body: text('body').notNull(),
  },
  (t) => [index('service_versions_service_idx').on(t.serviceId)],
);

export const snapshotServices = sqliteTable(
  'snapshot_services',
  {
    snapshotId: integer('snapshot_id')
      .notNull()
      .references(() => snapshots.id, { onDelete: 'cascade' }),
    serviceId: text('service_id').notNull(),
    hash: text('hash')
      .notNull()
      .references(() => serviceVersions.hash),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.serviceId] })],
);

/** Organisations as last seen in any import (owners and producers of services). */
export const organizations = sqliteTable('organizations', {
  id: text('id').primaryKey(),
  /** JSON {fi,sv,en}. */
  name: text('name').notNull(),
  organizationType: text('organization_type'),
  businessCode: text('business_code'),
  /** JSON string[] of e-mail addresses. */
  emails: text('emails').notNull(),
  areaType: text('area_type'),
  modified: text('modified'),
  lastSnapshotId: integer('last_snapshot_id'),
});
