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

/** Approved decisions per article: article id → service id → decision. */
export function loadApprovedDecisions(handle: DbHandle): Map<string, Map<string, ApprovedDecision>> {
  const rows = handle.sqlite
    .prepare(`SELECT article_id AS articleId, service_id AS serviceId, decision, service_hash AS hash FROM decisions WHERE status = 'approved'`)
    .all() as { articleId: string; serviceId: string; decision: DecisionValue; hash: string | null }[];
  const out = new Map<string, Map<string, ApprovedDecision>>();
  for (const row of rows) {
    let perArticle = out.get(row.articleId);
    if (!perArticle) out.set(row.articleId, (perArticle = new Map()));
    perArticle.set(row.serviceId, { decision: row.decision, serviceHashAtApproval: row.hash });
  }
  return out;
}
