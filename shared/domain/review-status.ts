import type { DiffCounts } from './types';

/**
 * Where an article stands in the review before sign-off: nobody has decided anything yet,
 * some surfacing services still wait for a decision, or everything is decided and the
 * link set waits for a lead's approval.
 */
export type ReviewStatus = 'not_started' | 'in_review' | 'waiting_approval';

export const reviewStatuses: readonly ReviewStatus[] = ['not_started', 'in_review', 'waiting_approval'];

/** The review status of an article from its diff counts and how many decisions it has. */
export function reviewStatus(counts: DiffCounts, decisionCount: number): ReviewStatus {
  if (decisionCount === 0) return 'not_started';
  return counts.unreviewed > 0 ? 'in_review' : 'waiting_approval';
}
