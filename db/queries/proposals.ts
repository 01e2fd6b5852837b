import type { ProposalKind } from '../../shared/domain/proposal-tally';
import type { DbHandle } from '../client';

export type ProposalState = 'open' | 'accepted' | 'sent_back';

export interface ProposalRecord {
  id: number;
  articleId: string;
  serviceId: string | null;
  kind: ProposalKind;
  comment: string | null;
  missingText: string | null;
  userId: number;
  userName: string;
  workshopId: number | null;
  state: ProposalState;
  createdAt: string;
  updatedAt: string;
}

export type NewProposal = Omit<ProposalRecord, 'id' | 'state' | 'createdAt' | 'updatedAt'>;

const columns = `id, article_id AS articleId, service_id AS serviceId, kind, comment, missing_text AS missingText, user_id AS userId, user_name AS userName,
  workshop_id AS workshopId, state, created_at AS createdAt, updated_at AS updatedAt`;

export function findProposal(handle: DbHandle, id: number): ProposalRecord | null {
  return (handle.sqlite.prepare(`SELECT ${columns} FROM proposals WHERE id = ?`).get(id) as ProposalRecord | undefined) ?? null;
}

/** Every proposal on an article, oldest first. */
export function listArticleProposals(handle: DbHandle, articleId: string): ProposalRecord[] {
  return handle.sqlite.prepare(`SELECT ${columns} FROM proposals WHERE article_id = ? ORDER BY created_at, id`).all(articleId) as ProposalRecord[];
}

/**
 * Stores a person's proposal (call inside a write transaction). On a catalogue service it
 * replaces their earlier one on the same pair, which is open again; a missing service
 * described in words is always a new proposal. Returns the proposal and what it replaced.
 */
export function saveProposal(handle: DbHandle, proposal: NewProposal, at: string): { saved: ProposalRecord; before: ProposalRecord | null } {
  const before =
    proposal.serviceId === null
      ? null
      : ((handle.sqlite.prepare(`SELECT ${columns} FROM proposals WHERE article_id = ? AND service_id = ? AND user_id = ?`).get(proposal.articleId, proposal.serviceId, proposal.userId) as
          | ProposalRecord
          | undefined) ?? null);
  if (before) {
    handle.sqlite
      .prepare(`UPDATE proposals SET kind = ?, comment = ?, missing_text = ?, user_name = ?, workshop_id = ?, state = 'open', updated_at = ? WHERE id = ?`)
      .run(proposal.kind, proposal.comment, proposal.missingText, proposal.userName, proposal.workshopId, at, before.id);
    return { saved: findProposal(handle, before.id)!, before };
  }
  const id = Number(
    handle.sqlite
      .prepare(
        `INSERT INTO proposals (article_id, service_id, kind, comment, missing_text, user_id, user_name, workshop_id, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
      )
      .run(proposal.articleId, proposal.serviceId, proposal.kind, proposal.comment, proposal.missingText, proposal.userId, proposal.userName, proposal.workshopId, at, at).lastInsertRowid,
  );
  return { saved: findProposal(handle, id)!, before: null };
}

/** Removes an open proposal (call inside a write transaction); returns whether it did. */
export function deleteOpenProposal(handle: DbHandle, id: number): boolean {
  return handle.sqlite.prepare(`DELETE FROM proposals WHERE id = ? AND state = 'open'`).run(id).changes > 0;
}

/** Marks the open proposals on these services of an article accepted; returns them as they were. */
export function acceptOpenProposals(handle: DbHandle, articleId: string, serviceIds: readonly string[], at: string): ProposalRecord[] {
  const open = handle.sqlite
    .prepare(`SELECT ${columns} FROM proposals WHERE article_id = ? AND state = 'open' AND service_id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(articleId, JSON.stringify(serviceIds)) as ProposalRecord[];
  const mark = handle.sqlite.prepare(`UPDATE proposals SET state = 'accepted', updated_at = ? WHERE id = ?`);
  for (const p of open) mark.run(at, p.id);
  return open;
}

/**
 * A workshop's proposals: on its articles, by its participants or made in it. The same
 * person's proposal counts in each of their workshops that has the article.
 */
const workshopProposals = `
  SELECT p.* FROM proposals p JOIN workshop_articles wa ON wa.article_id = p.article_id AND wa.workshop_id = @workshopId
  WHERE p.workshop_id = @workshopId OR p.user_id IN (SELECT user_id FROM workshop_participants WHERE workshop_id = @workshopId)`;

export interface ParticipationRow {
  userId: number;
  userName: string;
  /** Articles with at least one proposal by the person. */
  articlesReviewed: number;
  proposals: number;
  lastActivity: string;
}

/** Who proposed how much in a workshop, most active first. */
export function workshopParticipation(handle: DbHandle, workshopId: number): ParticipationRow[] {
  return handle.sqlite
    .prepare(
      `SELECT user_id AS userId, max(user_name) AS userName, count(DISTINCT article_id) AS articlesReviewed, count(*) AS proposals, max(updated_at) AS lastActivity
       FROM (${workshopProposals}) GROUP BY user_id ORDER BY articlesReviewed DESC, proposals DESC, userName`,
    )
    .all({ workshopId }) as ParticipationRow[];
}

/** Proposal count and the articles with proposals, of a workshop. */
export function workshopProposalTotals(handle: DbHandle, workshopId: number): { proposals: number; articles: number } {
  return handle.sqlite.prepare(`SELECT count(*) AS proposals, count(DISTINCT article_id) AS articles FROM (${workshopProposals})`).get({ workshopId }) as {
    proposals: number;
    articles: number;
  };
}

/** How many proposals a person has on each article of a workshop (articles without any are absent). */
export function ownProposalCounts(handle: DbHandle, workshopId: number, userId: number): Map<string, number> {
  const rows = handle.sqlite
    .prepare(`SELECT p.article_id AS articleId, count(*) AS n FROM proposals p JOIN workshop_articles wa ON wa.article_id = p.article_id AND wa.workshop_id = ? WHERE p.user_id = ? GROUP BY p.article_id`)
    .all(workshopId, userId) as { articleId: string; n: number }[];
  return new Map(rows.map((r) => [r.articleId, r.n]));
}
