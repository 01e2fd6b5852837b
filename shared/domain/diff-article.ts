import {
  diffCategories,
  type Absence,
  type ApprovedDecision,
  type ArticleDiff,
  type DiffCategory,
  type DiffCounts,
  type DiffItem,
  type SurfacingReasons,
} from './types';

/** What the diff needs to know about the catalogue beyond surfacing. */
export interface DiffContext {
  /** Why a service with an approved `include` does not surface. */
  explainAbsence(serviceId: string): Absence;
  /** The service's current content hash, or null when unknown. */
  currentHash(serviceId: string): string | null;
}

/**
 * Diff of one article's surfacing against its approved decisions (surfacing.md table).
 * Items are ordered by category, then by service id. A surfacing entry may lack reasons
 * (null) when it was observed on Omaperhe rather than computed.
 */
export function diffArticle(
  articleId: string,
  surfacing: ReadonlyMap<string, SurfacingReasons | null>,
  approved: ReadonlyMap<string, ApprovedDecision>,
  context: DiffContext,
): ArticleDiff {
  const buckets: Record<DiffCategory, DiffItem[]> = { ok: [], unreviewed: [], unwanted: [], missing: [], cleared: [] };
  for (const [serviceId, reasons] of surfacing) {
    const decision = approved.get(serviceId);
    if (!decision) buckets.unreviewed.push(item(serviceId, 'unreviewed', reasons, null, null, false));
    else if (decision.decision === 'exclude') buckets.unwanted.push(item(serviceId, 'unwanted', reasons, null, null, false));
    else {
      const changed = decision.serviceHashAtApproval != null && hasChanged(decision.serviceHashAtApproval, context.currentHash(serviceId));
      buckets.ok.push(item(serviceId, 'ok', reasons, null, null, changed));
    }
  }
  for (const [serviceId, decision] of approved) {
    if (surfacing.has(serviceId)) continue;
    if (decision.decision === 'exclude') buckets.cleared.push(item(serviceId, 'cleared', null, null, null, false));
    else {
      const absence = context.explainAbsence(serviceId);
      buckets.missing.push(item(serviceId, 'missing', null, absence.reason, absence.detail, false));
    }
  }
  const items: DiffItem[] = [];
  const counts = {} as DiffCounts;
  for (const category of diffCategories) {
    const bucket = buckets[category];
    if (bucket.length > 1) bucket.sort(byServiceId);
    counts[category] = bucket.length;
    for (const entry of bucket) items.push(entry);
  }
  return { articleId, counts, items };
}

function hasChanged(hashAtApproval: string, current: string | null): boolean {
  return current !== null && current !== hashAtApproval;
}

function item(
  serviceId: string,
  category: DiffCategory,
  reasons: SurfacingReasons | null,
  missingReason: DiffItem['missingReason'],
  missingDetail: DiffItem['missingDetail'],
  changedSinceApproval: boolean,
): DiffItem {
  return { serviceId, category, reasons, missingReason, missingDetail, changedSinceApproval };
}

function byServiceId(a: DiffItem, b: DiffItem): number {
  return a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0;
}
