import type { DiffCounts } from './types';

/**
 * Where an article stands. Before sign-off: nobody has decided anything yet, some surfacing
 * services still wait for a decision, or everything is decided and the link set waits for a
 * lead's approval. After a lead acted: sent back for more work, approved, or approved but
 * changed since (drifted: after an import, or a decision changed after the sign-off).
 */
export type ReviewStatus = 'not_started' | 'in_review' | 'waiting_approval' | 'sent_back' | 'approved' | 'drifted';

export const reviewStatuses: readonly ReviewStatus[] = ['not_started', 'in_review', 'waiting_approval', 'sent_back', 'approved', 'drifted'];

/** The review status of an article from its diff counts and how many decisions it has. */
export function reviewStatus(counts: DiffCounts, decisionCount: number): ReviewStatus {
  if (decisionCount === 0) return 'not_started';
  return counts.unreviewed > 0 ? 'in_review' : 'waiting_approval';
}

/** A lead's latest action on the article's link set, as the status needs it. */
export type LatestSignoff = { action: 'signed_off'; drifted: boolean } | { action: 'sent_back' } | null;

/**
 * The status with the lead's latest action on top: a sign-off stands (approved, or drifted
 * once anything changed since); a send-back stands until a new sign-off. Without either, the
 * review status of the decisions.
 */
export function statusAfterSignoff(beforeSignoff: ReviewStatus, latest: LatestSignoff): ReviewStatus {
  if (latest === null) return beforeSignoff;
  if (latest.action === 'sent_back') return 'sent_back';
  return latest.drifted ? 'drifted' : 'approved';
}
