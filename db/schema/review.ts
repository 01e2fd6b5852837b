import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';

/**
 * A reviewer's finding that one item (keyword, class, target group, life event or area)
 * makes a service surface where it should not. `target` says who must fix it: the
 * service's owner (`service`) or the article rule (`rule`, DigiFinland).
 */
export const flags = sqliteTable(
  'flags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    serviceId: text('service_id').notNull(),
    /** The article where the flag was raised; a rule flag concerns this article only. */
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    regionCode: text('region_code').notNull(),
    itemKind: text('item_kind', { enum: ['keywords', 'serviceClasses', 'targetGroups', 'lifeEvents', 'area'] }).notNull(),
    itemValue: text('item_value').notNull(),
    target: text('target', { enum: ['service', 'rule'] }).notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'withdrawn'] }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('flags_service_idx').on(t.serviceId), index('flags_article_idx').on(t.articleId)],
);

/**
 * A request for a service description that does not exist in the catalogue yet, written
 * in Finnish and Swedish. JSON columns hold string arrays.
 */
export const descriptionRequests = sqliteTable('description_requests', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  regionCode: text('region_code').notNull(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  summaryFi: text('summary_fi').notNull(),
  summarySv: text('summary_sv').notNull(),
  descriptionFi: text('description_fi').notNull(),
  descriptionSv: text('description_sv').notNull(),
  organizationId: text('organization_id'),
  organizationName: text('organization_name').notNull(),
  keywords: text('keywords').notNull(),
  serviceClasses: text('service_classes').notNull(),
  targetGroups: text('target_groups').notNull(),
  articleIds: text('article_ids').notNull(),
  status: text('status', { enum: ['open', 'withdrawn'] }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
});

/** Comments on an article, or on one article–service pair when `serviceId` is set. */
export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    serviceId: text('service_id'),
    body: text('body').notNull(),
    author: text('author').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('comments_article_idx').on(t.articleId, t.serviceId)],
);
