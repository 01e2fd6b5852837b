import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';

/**
 * Link decisions (include/exclude) on an article–service pair. `approved` ones form the
 * approved list (one per pair); `proposed` ones are one per pair and person.
 */
export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    serviceId: text('service_id').notNull(),
    decision: text('decision', { enum: ['include', 'exclude'] }).notNull(),
    status: text('status', { enum: ['proposed', 'approved'] }).notNull(),
    decidedBy: text('decided_by').notNull(),
    decidedAt: text('decided_at').notNull(),
    note: text('note'),
    /** Content hash of the service when decided, to tell whether it changed since. */
    serviceHash: text('service_hash'),
    source: text('source', { enum: ['import', 'ui', 'demo'] }).notNull(),
  },
  (t) => [
    uniqueIndex('decisions_approved_pair').on(t.articleId, t.serviceId).where(sql`status = 'approved'`),
    uniqueIndex('decisions_proposed_pair').on(t.articleId, t.serviceId, t.decidedBy).where(sql`status = 'proposed'`),
    index('decisions_service_idx').on(t.serviceId),
  ],
);

/** What Omaperhe was seen to show (article, service) in a region, to compare with the model. */
export const observedLinks = sqliteTable(
  'observed_links',
  {
    regionCode: text('region_code').notNull(),
    articleId: text('article_id').notNull(),
    serviceId: text('service_id').notNull(),
    observedAt: text('observed_at').notNull(),
  },
  (t) => [uniqueIndex('observed_links_pair').on(t.regionCode, t.articleId, t.serviceId)],
);
