import type { LocalizedText } from '../../shared/domain/catalogue-service';
import type { LatestSignoff } from '../../shared/domain/review-status';
import { signoffDrift, type DecisionDrift, type LinkSet, type SignoffDrift } from '../../shared/domain/signoff-drift';
import type { ArticleDiff, DecisionValue, DiffCategory } from '../../shared/domain/types';
import type { DbHandle } from '../../db/client';
import { namesOfServiceVersions, type SignoffRecord } from '../../db/queries/signoffs';
import type { LoadedCatalogue } from './load-workspace';
import { serviceSummary } from './service-summary';

// surfacing.md's diff table read backwards: each category says whether the service surfaces
// and what the approved decision is, so the diff alone gives the whole link set.
const surfaces: Record<DiffCategory, boolean> = { ok: true, unreviewed: true, unwanted: true, missing: false, cleared: false };
const decisionOf: Record<DiffCategory, DecisionValue | null> = { ok: 'include', unreviewed: null, unwanted: 'exclude', missing: 'include', cleared: 'exclude' };

/** An article's link set now, from its diff in a region and the current content hashes. */
export function currentLinkSet(diff: ArticleDiff | undefined, loaded: LoadedCatalogue): LinkSet {
  const items = diff?.items ?? [];
  return {
    approved: items.flatMap((item) => {
      const decision = decisionOf[item.category];
      return decision ? [[item.serviceId, decision] as const] : [];
    }),
    surfacing: items.filter((item) => surfaces[item.category]).map((item) => [item.serviceId, loaded.services.get(item.serviceId)?.hash ?? null] as const),
  };
}

/** The latest action as the status needs it, with the drift when it is a sign-off. */
export function signoffStanding(latest: SignoffRecord | undefined | null, diff: ArticleDiff | undefined, loaded: LoadedCatalogue): { latest: LatestSignoff; drift: SignoffDrift | null } {
  if (!latest) return { latest: null, drift: null };
  if (latest.action === 'sent_back') return { latest: { action: 'sent_back' }, drift: null };
  const drift = signoffDrift(latest, currentLinkSet(diff, loaded));
  return { latest: { action: 'signed_off', drifted: drift.drifted }, drift };
}

/** A service in the drift list: its name now, or as it was at sign-off when it is gone from the catalogue. */
export interface DriftService {
  serviceId: string;
  name: LocalizedText | null;
}

export interface NamedDrift {
  began: DriftService[];
  stopped: DriftService[];
  contentChanged: DriftService[];
  decisions: (DriftService & Omit<DecisionDrift, 'serviceId'>)[];
  drifted: boolean;
}

/** Puts service names on a drift list, for people to read. */
export function nameDrift(handle: DbHandle, loaded: LoadedCatalogue, signoff: SignoffRecord, drift: SignoffDrift): NamedDrift {
  const involved = new Set([...drift.began, ...drift.stopped, ...drift.contentChanged, ...drift.decisions.map((d) => d.serviceId)]);
  const gone = signoff.surfacing.filter(([id, hash]) => involved.has(id) && hash !== null && !loaded.services.has(id)).map(([, hash]) => hash!);
  const earlierNames = namesOfServiceVersions(handle, gone);
  const named = (serviceId: string): DriftService => ({ serviceId, name: serviceSummary(loaded, serviceId)?.name ?? earlierNames.get(serviceId) ?? null });
  return {
    began: drift.began.map(named),
    stopped: drift.stopped.map(named),
    contentChanged: drift.contentChanged.map(named),
    decisions: drift.decisions.map((d) => ({ ...named(d.serviceId), before: d.before, after: d.after })),
    drifted: drift.drifted,
  };
}
