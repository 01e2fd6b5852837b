import type { CatalogueIndex, IndexedService } from './catalogue-index';
import type { CompiledRule } from './compiled-rule';
import { evaluateAvailable } from './evaluate-pair';
import type { RegionView } from './region-view';
import type { Availability } from './area-availability';
import type { CriteriaGroup, SurfacingReasons } from './types';

const wanted = 1;
const excluded = 2;
/** Per term id: whether the rule being evaluated wants or excludes it. Reset after each use. */
let flags = new Uint8Array(1024);

/**
 * Surfacing of one article in one region, from the index: candidates come from the
 * narrowest rule group's regional postings, then each candidate is checked against the
 * other groups through its own short term-id lists. Pins are added separately.
 * Agrees with `evaluatePair` on every pair (tests hold it to that).
 */
export function surfaceArticle(view: RegionView, rule: CompiledRule, index: CatalogueIndex): Map<string, SurfacingReasons> {
  const result = new Map<string, SurfacingReasons>();
  if (flags.length < index.dictionary.size) flags = new Uint8Array(index.dictionary.size * 2);
  const groupIds = rule.active.map((group) => termIds(index, group, rule[group]));
  const excludeIds = termIds(index, 'keywords', rule.excludeKeywords);
  for (const ids of groupIds) for (const id of ids) flags[id] = (flags[id] as number) | wanted;
  for (const id of excludeIds) flags[id] = (flags[id] as number) | excluded;
  try {
    if (rule.active.length > 0) collectCandidates(view, rule, index, groupIds, excludeIds.length > 0, result);
    for (const id of rule.pinned) {
      const entry = index.byId(id);
      if (entry && !result.has(id)) {
        const reasons = surfacePair(view, rule, entry);
        if (reasons) result.set(id, reasons);
      }
    }
  } finally {
    for (const ids of groupIds) for (const id of ids) flags[id] = 0;
    for (const id of excludeIds) flags[id] = 0;
  }
  return result;
}

/** Evaluates one service for one article in the view's region, by the definition. */
export function surfacePair(view: RegionView, rule: CompiledRule, entry: IndexedService): SurfacingReasons | null {
  const availability = view.availability(entry.slot);
  if (!availability) return null;
  const outcome = evaluateAvailable(entry.facts, rule, availability);
  return outcome.surfaces ? outcome.reasons : null;
}

function collectCandidates(view: RegionView, rule: CompiledRule, index: CatalogueIndex, groupIds: number[][], hasExcludes: boolean, into: Map<string, SurfacingReasons>): void {
  const narrowest = narrowestGroup(view, groupIds);
  const checkBlocked = rule.blocked.size > 0;
  const checkPinned = rule.pinned.size > 0;
  view.beginRound();
  for (const termId of groupIds[narrowest] as number[]) {
    const posting = view.posting(termId);
    for (let k = 0; k < posting.length; k += 1) {
      const slot = posting[k] as number;
      if (!view.markSeen(slot)) continue;
      const entry = index.bySlot(slot);
      if (!entry) continue;
      const id = entry.facts.id;
      if ((checkBlocked && rule.blocked.has(id)) || (checkPinned && rule.pinned.has(id))) continue; // pins are handled apart
      if (!matchesOtherGroups(entry, rule.active, narrowest)) continue;
      if (hasExcludes && hasFlag(entry.termIds.keywords, excluded)) continue;
      into.set(id, reasonsFor(entry, rule, view.availability(slot) as Availability));
    }
  }
}

function matchesOtherGroups(entry: IndexedService, active: readonly CriteriaGroup[], skip: number): boolean {
  for (let g = 0; g < active.length; g += 1) {
    if (g !== skip && !hasFlag(entry.termIds[active[g] as CriteriaGroup], wanted)) return false;
  }
  return true;
}

function hasFlag(ids: Int32Array, flag: number): boolean {
  for (let i = 0; i < ids.length; i += 1) if (((flags[ids[i] as number] as number) & flag) !== 0) return true;
  return false;
}

/** Reasons for a candidate that passed: the service's own items whose id chain is wanted. */
function reasonsFor(entry: IndexedService, rule: CompiledRule, availability: Availability): SurfacingReasons {
  const { facts, itemIds } = entry;
  return {
    keywords: rule.keywords.size === 0 ? [] : matchedItems(facts.keywords, itemIds.keywords),
    serviceClasses: rule.serviceClasses.size === 0 ? [] : matchedItems(facts.serviceClasses, itemIds.serviceClasses),
    targetGroups: rule.targetGroups.size === 0 ? [] : matchedItems(facts.targetGroups, itemIds.targetGroups),
    lifeEvents: rule.lifeEvents.size === 0 ? [] : matchedItems(facts.lifeEvents, itemIds.lifeEvents),
    area: availability.kind,
    areaVia: availability.via,
    pinned: false,
  };
}

function matchedItems(items: readonly string[], chains: readonly Int32Array[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += 1) {
    if (hasFlag(chains[i] as Int32Array, wanted) && !out.includes(items[i] as string)) out.push(items[i] as string);
  }
  return out;
}

function termIds(index: CatalogueIndex, group: CriteriaGroup, terms: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (const term of terms) {
    const id = index.dictionary.find(group, term);
    if (id >= 0) out.push(id);
  }
  return out;
}

function narrowestGroup(view: RegionView, groupIds: number[][]): number {
  let best = 0;
  let bestSize = Infinity;
  groupIds.forEach((ids, g) => {
    let size = 0;
    for (const id of ids) size += view.posting(id).length;
    if (size < bestSize) {
      best = g;
      bestSize = size;
    }
  });
  return best;
}
