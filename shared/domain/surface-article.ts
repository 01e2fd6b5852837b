import type { IndexedService } from './catalogue-index';
import type { CompiledRule } from './compiled-rule';
import { evaluateAvailable } from './evaluate-pair';
import type { RegionView } from './region-view';
import type { CriteriaGroup, SurfacingReasons } from './types';

/**
 * Surfacing of one article in one region, from the index: candidates come from the
 * narrowest rule group's regional postings, then each candidate is checked against the
 * other groups through its own (small) term lists. Pins are added separately.
 * Agrees with `evaluatePair` on every pair.
 */
export function surfaceArticle(view: RegionView, rule: CompiledRule, lookup: (slot: number) => IndexedService | undefined, byId: (id: string) => IndexedService | undefined): Map<string, SurfacingReasons> {
  const result = new Map<string, SurfacingReasons>();
  if (rule.active.length > 0) {
    const seen = new Set<number>();
    const narrowest = narrowestGroup(view, rule);
    for (const term of rule[narrowest]) {
      for (const slot of view.posting(narrowest, term)) {
        if (seen.has(slot)) continue;
        seen.add(slot);
        const entry = lookup(slot);
        if (entry && passesQuickly(entry, rule)) addIfSurfaces(view, rule, entry, result);
      }
    }
  }
  for (const id of rule.pinned) {
    const entry = byId(id);
    if (entry && !result.has(id) && view.isAvailable(entry.slot)) addIfSurfaces(view, rule, entry, result);
  }
  return result;
}

/** Evaluates one service for one article in the view's region (used by incremental updates). */
export function surfacePair(view: RegionView, rule: CompiledRule, entry: IndexedService): SurfacingReasons | null {
  if (!view.isAvailable(entry.slot)) return null;
  const availability = view.availability(entry);
  if (!availability) return null;
  const outcome = evaluateAvailable(entry.facts, rule, availability);
  return outcome.surfaces ? outcome.reasons : null;
}

function addIfSurfaces(view: RegionView, rule: CompiledRule, entry: IndexedService, into: Map<string, SurfacingReasons>): void {
  const reasons = surfacePair(view, rule, entry);
  if (reasons) into.set(entry.facts.id, reasons);
}

/** Cheap pre-check on expanded terms, so that full reasons are built only for survivors. */
function passesQuickly(entry: IndexedService, rule: CompiledRule): boolean {
  if (rule.blocked.has(entry.facts.id)) return false;
  if (rule.pinned.has(entry.facts.id)) return true;
  for (const group of rule.active) {
    const wanted = rule[group];
    if (!entry.terms[group].some((term) => wanted.has(term))) return false;
  }
  return !entry.facts.keywords.some((k) => rule.excludeKeywords.has(k));
}

function narrowestGroup(view: RegionView, rule: CompiledRule): CriteriaGroup {
  let best = rule.active[0] as CriteriaGroup;
  let bestSize = Infinity;
  for (const group of rule.active) {
    let size = 0;
    for (const term of rule[group]) size += view.posting(group, term).length;
    if (size < bestSize) {
      best = group;
      bestSize = size;
    }
  }
  return best;
}
