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
  const items: DiffItem[] = [];
  for (const [serviceId, reasons] of surfacing) {
    const decision = approved.get(serviceId);
    const category: DiffCategory = !decision ? 'unreviewed' : decision.decision === 'include' ? 'ok' : 'unwanted';
    const changed =
      category === 'ok' && decision?.serviceHashAtApproval != null && hasChanged(decision.serviceHashAtApproval, context.currentHash(serviceId));
    items.push(item(serviceId, category, { reasons, changedSinceApproval: changed }));
  }
  for (const [serviceId, decision] of approved) {
    if (surfacing.has(serviceId)) continue;
    if (decision.decision === 'exclude') {
      items.push(item(serviceId, 'cleared', {}));
      continue;
    }
    const absence = context.explainAbsence(serviceId);
    items.push(item(serviceId, 'missing', { missingReason: absence.reason, missingDetail: absence.detail }));
  }
  items.sort(compareItems);
  return { articleId, counts: countItems(items), items };
}

/** Counts per category, every category present. */
export function countItems(items: readonly Pick<DiffItem, 'category'>[]): DiffCounts {
  const counts = Object.fromEntries(diffCategories.map((c) => [c, 0])) as DiffCounts;
  for (const { category } of items) counts[category] += 1;
  return counts;
}

function hasChanged(hashAtApproval: string, current: string | null): boolean {
  return current !== null && current !== hashAtApproval;
}

function item(serviceId: string, category: DiffCategory, extra: Partial<DiffItem>): DiffItem {
  return {
    serviceId,
    category,
    reasons: null,
    missingReason: null,
    missingDetail: null,
    changedSinceApproval: false,
    ...extra,
  };
}

const categoryOrder = new Map(diffCategories.map((c, i) => [c, i]));

function compareItems(a: DiffItem, b: DiffItem): number {
  const byCategory = (categoryOrder.get(a.category) ?? 0) - (categoryOrder.get(b.category) ?? 0);
  if (byCategory !== 0) return byCategory;
  return a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0;
}
