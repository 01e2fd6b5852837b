import type { ChangeRequestState } from '../../../../shared/domain/change-request';

/** The way a move goes: on along the request's life, back to an earlier step, or closing it. */
export type MoveKind = 'forward' | 'back' | 'close';

const lifeOrder: readonly ChangeRequestState[] = ['draft', 'ready', 'sent', 'done', 'verified'];

/**
 * Rejecting and withdrawing close a request; a move to an earlier step of its life (verified →
 * sent, rejected → draft) reopens it. The detail page makes only forward moves primary, so a
 * reopen never looks like the next step.
 */
export function moveKind(from: ChangeRequestState, to: ChangeRequestState): MoveKind {
  if (to === 'rejected' || to === 'withdrawn') return 'close';
  const fromIndex = lifeOrder.indexOf(from);
  // A closed request (not on the life line) only moves back to draft: that reopens it.
  return fromIndex >= 0 && lifeOrder.indexOf(to) > fromIndex ? 'forward' : 'back';
}
