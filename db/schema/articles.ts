import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Omaperhe articles; the rule is data (JSON ArticleRule) so it can be edited later. */
export const articles = sqliteTable('articles', {
  id: text('id').primaryKey(),
  titleFi: text('title_fi').notNull(),
  titleSv: text('title_sv').notNull(),
  topic: text('topic').notNull(),
  url: text('url'),
  rule: text('rule').notNull(),
  /** Optimistic-concurrency version of the rule, bumped on every rule change. */
  version: integer('version').notNull().default(1),
  /** Bumped on every change to the article's approved decisions; the conflict check's base. */
  decisionsVersion: integer('decisions_version').notNull().default(0),
  position: integer('position').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by'),
});
