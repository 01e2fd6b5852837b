/**
 * shared/domain/review-status.ts: where an article stands before sign-off, from its diff
 * counts and the number of approved decisions it has, and how a lead's latest sign-off or
 * send-back is layered on top.
 */
import { describe, expect, it } from 'vitest';
import { reviewStatus, reviewStatuses, statusAfterSignoff, type LatestSignoff, type ReviewStatus } from '../../shared/domain/review-status';
import type { DiffCounts } from '../../shared/domain/types';

const counts = (fields: Partial<DiffCounts> = {}): DiffCounts => ({ ok: 0, unreviewed: 0, unwanted: 0, missing: 0, cleared: 0, ...fields });

describe('reviewStatus', () => {
  const table: [string, DiffCounts, number, ReviewStatus][] = [
    ['nothing surfaces and nothing decided', counts(), 0, 'not_started'],
    ['services wait and nothing decided', counts({ unreviewed: 7 }), 0, 'not_started'],
    // Counts alone cannot start a review: only a decision does.
    ['counts say ok but no decision rows', counts({ ok: 2 }), 0, 'not_started'],
    ['one decided, others wait', counts({ ok: 1, unreviewed: 3 }), 1, 'in_review'],
    ['excluded one, one waits', counts({ unwanted: 1, unreviewed: 1 }), 1, 'in_review'],
    ['a missing service proposed, surfacing ones wait', counts({ missing: 1, unreviewed: 2 }), 1, 'in_review'],
    ['every surfacing service decided', counts({ ok: 2, unwanted: 1 }), 3, 'waiting_approval'],
    ['only a missing service proposed, nothing surfaces', counts({ missing: 1 }), 1, 'waiting_approval'],
    ['only cleared decisions left', counts({ cleared: 2 }), 2, 'waiting_approval'],
    ['many decisions, one new service surfaced since', counts({ ok: 40, unreviewed: 1 }), 40, 'in_review'],
  ];
  it.each(table)('%s → %s', (_label, c, decisions, expected) => {
    expect(reviewStatus(c, decisions)).toBe(expected);
  });

  it('lists the statuses in the order a review moves through them', () => {
    expect(reviewStatuses).toEqual(['not_started', 'in_review', 'waiting_approval', 'sent_back', 'approved', 'drifted']);
  });

  it('never gives a sign-off status from decisions alone', () => {
    for (const [, c, decisions] of table) expect(['not_started', 'in_review', 'waiting_approval']).toContain(reviewStatus(c, decisions));
  });
});

describe('statusAfterSignoff', () => {
  const table: [string, ReviewStatus, LatestSignoff, ReviewStatus][] = [
    ['no sign-off yet keeps the review status', 'waiting_approval', null, 'waiting_approval'],
    ['no sign-off, still in review', 'in_review', null, 'in_review'],
    ['signed off, nothing changed since', 'waiting_approval', { action: 'signed_off', drifted: false }, 'approved'],
    ['signed off, the catalogue changed since', 'waiting_approval', { action: 'signed_off', drifted: true }, 'drifted'],
    // A new service surfaced after the import: the article is in review again, and drifted says why.
    ['signed off, a new service waits for a decision', 'in_review', { action: 'signed_off', drifted: true }, 'drifted'],
    ['sent back with everything decided', 'waiting_approval', { action: 'sent_back' }, 'sent_back'],
    ['sent back while services wait', 'in_review', { action: 'sent_back' }, 'sent_back'],
    ['sent back before anyone decided', 'not_started', { action: 'sent_back' }, 'sent_back'],
  ];
  it.each(table)('%s → %s', (_label, before, latest, expected) => {
    expect(statusAfterSignoff(before, latest)).toBe(expected);
  });
});
