import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';
import { snapshots } from './catalogue';

/**
 * What must change, for whom, tracked from draft to a verified fix (product.md "muutospyyntö").
 * `code` is the stable id people quote in e-mail (LP-2026-0042). One request per service fix
 * covers every article it affects (change_request_articles).
 */
export const changeRequests = sqliteTable(
  'change_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    regionCode: text('region_code').notNull(),
    /** ChangeRequestType in shared/domain/change-request.ts. */
    type: text('type').notNull(),
    /** 'digifinland' | 'organization' | 'county'. */
    recipientKind: text('recipient_kind').notNull(),
    recipientOrganizationId: text('recipient_organization_id'),
    recipientName: text('recipient_name').notNull(),
    recipientEmail: text('recipient_email'),
    /** The service to fix (service and description fixes, rule pins and blocks). */
    serviceId: text('service_id'),
    /** keywords | serviceClasses | targetGroups | lifeEvents | area, for item changes. */
    itemKind: text('item_kind'),
    itemValue: text('item_value'),
    reason: text('reason').notNull(),
    /** JSON of type-specific details (texts of a new description, the area wanted...). */
    details: text('details').notNull(),
    /** ChangeRequestState. */
    state: text('state').notNull(),
    /** Where it came from: a flag, a description request or a proposal (or by hand). */
    sourceFlagId: integer('source_flag_id'),
    sourceDescriptionRequestId: integer('source_description_request_id'),
    sourceProposalId: integer('source_proposal_id'),
    /** The snapshot the request was written against (what "changed since" is measured from). */
    baseSnapshotId: integer('base_snapshot_id'),
    /** JSON VerificationResult of the latest automatic check, null before the first. */
    verification: text('verification'),
    verifiedSnapshotId: integer('verified_snapshot_id'),
    sentAt: text('sent_at'),
    lastExportId: integer('last_export_id'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('change_requests_code_unique').on(t.code),
    index('change_requests_state_idx').on(t.regionCode, t.state),
    index('change_requests_service_idx').on(t.serviceId),
  ],
);

/** The articles a change request concerns. */
export const changeRequestArticles = sqliteTable(
  'change_request_articles',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => changeRequests.id, { onDelete: 'cascade' }),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.articleId] }), index('change_request_articles_article_idx').on(t.articleId)],
);

/**
 * One export as it was sent: the exact file, to whom, which requests. Kept so "what did we
 * send to Espoo in March" has an answer, and the same file can be downloaded again.
 */
export const requestExports = sqliteTable('request_exports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  regionCode: text('region_code').notNull(),
  /** xlsx | csv | json | html | pdf. */
  format: text('format').notNull(),
  /** fi | sv: the language of letters (spreadsheets carry both). */
  language: text('language').notNull(),
  /** JSON {kind, organizationId?} or null for every recipient. */
  recipient: text('recipient'),
  /** JSON number[] of change request ids in the file. */
  requestIds: text('request_ids').notNull(),
  /** Whether exporting moved ready requests to sent. */
  markedSent: integer('marked_sent', { mode: 'boolean' }).notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  body: blob('body', { mode: 'buffer' }).notNull(),
  byteSize: integer('byte_size').notNull(),
  sha256: text('sha256').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
});

/** One automatic verification pass (after a catalogue or article import). */
export const verificationRuns = sqliteTable('verification_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  regionCode: text('region_code').notNull(),
  snapshotId: integer('snapshot_id').references(() => snapshots.id, { onDelete: 'set null' }),
  /** 'catalogue' | 'articles' | 'manual'. */
  trigger: text('trigger').notNull(),
  checked: integer('checked').notNull(),
  /** JSON number[] of requests this run moved to verified. */
  verifiedIds: text('verified_ids').notNull(),
  /** JSON number[] of requests checked and still not fixed. */
  stillOpenIds: text('still_open_ids').notNull(),
  at: text('at').notNull(),
});
