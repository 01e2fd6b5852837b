import type { ApprovedDecision, DecisionValue } from '../../shared/domain/types';
import type { DbHandle } from '../client';

export interface ApprovedDecisionInput {
  articleId: string;
  serviceId: string;
  decision: DecisionValue;
  decidedBy: string;
  note: string | null;
  serviceHash: string | null;
}

/** Replaces the approved decision of each pair (call inside a write transaction). */
export function upsertApprovedDecisions(handle: DbHandle, rows: readonly ApprovedDecisionInput[], now: string, source: 'import' | 'ui' | 'demo'): void {
  const remove = handle.sqlite.prepare(`DELETE FROM decisions WHERE article_id = ? AND service_id = ? AND status = 'approved'`);
  const insert = handle.sqlite.prepare(
    `INSERT INTO decisions (article_id, service_id, decision, status, decided_by, decided_at, note, service_hash, source) VALUES (?, ?, ?, 'approved', ?, ?, ?, ?, ?)`,
  );
  for (const row of rows) {
    remove.run(row.articleId, row.serviceId);
    insert.run(row.articleId, row.serviceId, row.decision, row.decidedBy, now, row.note, row.serviceHash, source);
  }
}

/** Approved decisions per article: article id → service id → decision (all articles, or only those given). */
export function loadApprovedDecisions(handle: DbHandle, articleIds?: readonly string[]): Map<string, Map<string, ApprovedDecision>> {
  const columns = `SELECT article_id AS articleId, service_id AS serviceId, decision, service_hash AS hash FROM decisions WHERE status = 'approved'`;
  const oneArticle = articleIds ? handle.sqlite.prepare(`${columns} AND article_id = ?`) : null;
  const rows = (oneArticle && articleIds ? articleIds.flatMap((id) => oneArticle.all(id)) : handle.sqlite.prepare(columns).all()) as { articleId: string; serviceId: string; decision: DecisionValue; hash: string | null }[];
  const out = new Map<string, Map<string, ApprovedDecision>>();
  for (const row of rows) {
    let perArticle = out.get(row.articleId);
    if (!perArticle) out.set(row.articleId, (perArticle = new Map()));
    perArticle.set(row.serviceId, { decision: row.decision, serviceHashAtApproval: row.hash });
  }
  return out;
}

/** An approved decision with who made it and when, as the article view shows it. */
export interface DecisionDetail {
  decision: DecisionValue;
  decidedBy: string;
  decidedAt: string;
  note: string | null;
}

/** The approved decisions of one article by service id. */
export function loadArticleDecisions(handle: DbHandle, articleId: string): Map<string, DecisionDetail> {
  const rows = handle.sqlite
    .prepare(`SELECT service_id AS serviceId, decision, decided_by AS decidedBy, decided_at AS decidedAt, note FROM decisions WHERE status = 'approved' AND article_id = ?`)
    .all(articleId) as (DecisionDetail & { serviceId: string })[];
  return new Map(rows.map(({ serviceId, ...detail }) => [serviceId, detail]));
}

export interface ReviewActivity {
  decisions: number;
  lastBy: string;
  lastAt: string;
}

/** Per article: how many approved decisions, and who decided last and when (all articles, or only those given). */
export function loadReviewActivity(handle: DbHandle, articleIds?: readonly string[]): Map<string, ReviewActivity> {
  // One pass in decision order: the last row seen per article is the latest decision.
  const select = `SELECT article_id AS articleId, decided_by AS by, decided_at AS at FROM decisions WHERE status = 'approved'`;
  const oneArticle = articleIds ? handle.sqlite.prepare(`${select} AND article_id = ? ORDER BY decided_at, id`) : null;
  const rows = (oneArticle && articleIds ? articleIds.flatMap((id) => oneArticle.all(id)) : handle.sqlite.prepare(`${select} ORDER BY decided_at, id`).all()) as { articleId: string; by: string; at: string }[];
  const out = new Map<string, ReviewActivity>();
  for (const row of rows) {
    const seen = out.get(row.articleId);
    out.set(row.articleId, { decisions: (seen?.decisions ?? 0) + 1, lastBy: row.by, lastAt: row.at });
  }
  return out;
}

/** Removes the approved decision of each listed pair (call inside a write transaction); returns how many went. */
export function deleteApprovedDecisions(handle: DbHandle, articleId: string, serviceIds: readonly string[]): number {
  const remove = handle.sqlite.prepare(`DELETE FROM decisions WHERE article_id = ? AND service_id = ? AND status = 'approved'`);
  return serviceIds.reduce((n, serviceId) => n + remove.run(articleId, serviceId).changes, 0);
}

/** Changes whenever any decision is added, replaced or removed: a cache key for diffs. */
export function decisionsStamp(handle: DbHandle): string {
  const row = handle.sqlite.prepare(`SELECT count(*) AS n, coalesce(max(id), 0) AS m FROM decisions`).get() as { n: number; m: number };
  return `${row.n}:${row.m}`;
}
