import { asc } from 'drizzle-orm';
import { normalizeRule } from '../../shared/domain/article-rule';
import type { ArticleRule } from '../../shared/domain/types';
import type { DbHandle } from '../client';
import { articles } from '../schema/index';

export interface ArticleRecord {
  id: string;
  title: { fi: string; sv: string };
  topic: string;
  url: string | null;
  rule: ArticleRule;
  version: number;
  updatedAt: string;
}

/** All articles in their import order. */
export function loadArticles(handle: DbHandle): ArticleRecord[] {
  return handle.db
    .select()
    .from(articles)
    .orderBy(asc(articles.position), asc(articles.id))
    .all()
    .map((row) => ({
      id: row.id,
      title: { fi: row.titleFi, sv: row.titleSv },
      topic: row.topic,
      url: row.url,
      rule: normalizeRule(JSON.parse(row.rule) as Partial<ArticleRule>),
      version: row.version,
      updatedAt: row.updatedAt,
    }));
}

export function articleIdSet(handle: DbHandle): Set<string> {
  return new Set(handle.db.select({ id: articles.id }).from(articles).all().map((r) => r.id));
}

/**
 * Inserts or updates articles (call inside a write transaction). An article whose
 * title, topic, url or rule changes gets its version bumped.
 */
export function upsertArticles(handle: DbHandle, input: readonly Omit<ArticleRecord, 'version' | 'updatedAt'>[], now: string, by: string | null): { created: number; updated: number; unchanged: number } {
  const existing = new Map(loadArticles(handle).map((a) => [a.id, a]));
  const maxPosition = (handle.sqlite.prepare('SELECT coalesce(max(position), -1) AS p FROM articles').get() as { p: number }).p;
  const insert = handle.sqlite.prepare(
    `INSERT INTO articles (id, title_fi, title_sv, topic, url, rule, version, position, updated_at, updated_by) VALUES (@id, @titleFi, @titleSv, @topic, @url, @rule, 1, @position, @now, @by)`,
  );
  const update = handle.sqlite.prepare(
    `UPDATE articles SET title_fi = @titleFi, title_sv = @titleSv, topic = @topic, url = @url, rule = @rule, version = version + 1, updated_at = @now, updated_by = @by WHERE id = @id`,
  );
  const counts = { created: 0, updated: 0, unchanged: 0 };
  input.forEach((article, i) => {
    const row = { id: article.id, titleFi: article.title.fi, titleSv: article.title.sv, topic: article.topic, url: article.url, rule: JSON.stringify(article.rule), now, by };
    const before = existing.get(article.id);
    if (!before) {
      insert.run({ ...row, position: maxPosition + 1 + i });
      counts.created += 1;
    } else if (JSON.stringify([before.title, before.topic, before.url, before.rule]) !== JSON.stringify([article.title, article.topic, article.url, article.rule])) {
      update.run(row);
      counts.updated += 1;
    } else counts.unchanged += 1;
  });
  return counts;
}
