import type { DecisionValue } from './types';

/**
 * An article's link set as a lead signs it off: the approved decisions, and what surfaced
 * with each service's content hash. A sign-off keeps one of these; drift compares it with
 * the link set of now.
 */
export interface LinkSet {
  approved: readonly (readonly [serviceId: string, decision: DecisionValue])[];
  /** The hash is null when the catalogue did not know the service's content. */
  surfacing: readonly (readonly [serviceId: string, contentHash: string | null])[];
}

/** One approved decision that is not what it was at sign-off: added, removed or flipped. */
export interface DecisionDrift {
  serviceId: string;
  /** null: there was no decision at sign-off (added). */
  before: DecisionValue | null;
  /** null: the decision is gone (removed). */
  after: DecisionValue | null;
}

/** Exactly what changed since a sign-off; every list is ordered by service id. */
export interface SignoffDrift {
  /** Surface now, did not at sign-off. */
  began: string[];
  /** Surfaced at sign-off, do not now. */
  stopped: string[];
  /** Surface both then and now, but the service's description changed in between. */
  contentChanged: string[];
  decisions: DecisionDrift[];
  /** Whether anything above is non-empty: the sign-off no longer covers the link set. */
  drifted: boolean;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What changed in an article's link set between its sign-off and now. */
export function signoffDrift(atSignoff: LinkSet, now: LinkSet): SignoffDrift {
  const surfacedThen = new Map(atSignoff.surfacing);
  const surfacesNow = new Map(now.surfacing);
  const began = [...surfacesNow.keys()].filter((id) => !surfacedThen.has(id)).sort(byId);
  const stopped = [...surfacedThen.keys()].filter((id) => !surfacesNow.has(id)).sort(byId);
  // A hash nobody knew (null) cannot prove a change, as in the diff's changedSinceApproval.
  const contentChanged = [...surfacesNow]
    .filter(([id, hash]) => {
      const then = surfacedThen.get(id);
      return then !== undefined && then !== null && hash !== null && then !== hash;
    })
    .map(([id]) => id)
    .sort(byId);

  const decidedThen = new Map(atSignoff.approved);
  const decidedNow = new Map(now.approved);
  const decisions: DecisionDrift[] = [...new Set([...decidedThen.keys(), ...decidedNow.keys()])]
    .sort(byId)
    .map((serviceId) => ({ serviceId, before: decidedThen.get(serviceId) ?? null, after: decidedNow.get(serviceId) ?? null }))
    .filter((d) => d.before !== d.after);

  return { began, stopped, contentChanged, decisions, drifted: began.length + stopped.length + contentChanged.length + decisions.length > 0 };
}
