import type { CatalogueIndex, IndexedService } from './catalogue-index';
import type { CompiledRule } from './compiled-rule';
import { evaluateAvailable } from './evaluate-pair';
import type { RegionView } from './region-view';
import type { Availability } from './area-availability';
import { criteriaGroups, type CriteriaGroup, type SurfacingReasons } from './types';

const keywordsPosition = criteriaGroups.indexOf('keywords');

/** One shared, frozen empty list for the groups a rule does not use: 4 arrays per pair add up. */
const noItems = Object.freeze([]) as unknown as string[];
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
  const groupPositions = rule.active.map((group) => criteriaGroups.indexOf(group));
  const excludeIds = termIds(index, 'keywords', rule.excludeKeywords);
  for (const ids of groupIds) for (const id of ids) flags[id] = (flags[id] as number) | wanted;
  for (const id of excludeIds) flags[id] = (flags[id] as number) | excluded;
  try {
    if (rule.active.length > 0) collectCandidates(view, rule, index, groupIds, groupPositions, excludeIds.length > 0, result);
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

function collectCandidates(
  view: RegionView,
  rule: CompiledRule,
  index: CatalogueIndex,
  groupIds: number[][],
  groupPositions: number[],
  hasExcludes: boolean,
  into: Map<string, SurfacingReasons>,
): void {
  const narrowest = narrowestGroup(view, groupIds);
  // Pins are handled apart; blocked ones never surface. Both as slots, to skip without strings.
  const skipped = new Set<number>();
  for (const id of [...rule.blocked, ...rule.pinned]) {
    const entry = index.byId(id);
    if (entry) skipped.add(entry.slot);
  }
  const { pool, ranges } = index;
  view.beginRound();
  for (const termId of groupIds[narrowest] as number[]) {
    const posting = view.posting(termId);
    for (let k = 0; k < posting.length; k += 1) {
      const slot = posting[k] as number;
      if (!view.markSeen(slot) || (skipped.size > 0 && skipped.has(slot))) continue;
      const base = slot * 8;
      let passes = true;
      for (let g = 0; g < groupPositions.length && passes; g += 1) {
        const at = base + (groupPositions[g] as number) * 2;
        if (g !== narrowest) passes = rangeHasFlag(pool, ranges[at] as number, ranges[at + 1] as number, wanted);
      }
      if (!passes || (hasExcludes && rangeHasFlag(pool, ranges[base + keywordsPosition * 2] as number, ranges[base + keywordsPosition * 2 + 1] as number, excluded))) continue;
      const entry = index.bySlot(slot) as IndexedService;
      into.set(index.idBySlot[slot] as string, reasonsFor(entry, rule, view.availability(slot) as Availability));
    }
  }
}

function rangeHasFlag(pool: Int32Array, start: number, end: number, flag: number): boolean {
  for (let i = start; i < end; i += 1) if (((flags[pool[i] as number] as number) & flag) !== 0) return true;
  return false;
}

function hasFlag(ids: readonly number[], flag: number): boolean {
  for (let i = 0; i < ids.length; i += 1) if (((flags[ids[i] as number] as number) & flag) !== 0) return true;
  return false;
}

/** Reasons for a candidate that passed: the service's own items whose id chain is wanted. */
function reasonsFor(entry: IndexedService, rule: CompiledRule, availability: Availability): SurfacingReasons {
  const { facts, itemIds } = entry;
  return {
    keywords: rule.keywords.size === 0 ? noItems : matchedItems(facts.keywords, itemIds[0] as number[][]),
    serviceClasses: rule.serviceClasses.size === 0 ? noItems : matchedItems(facts.serviceClasses, itemIds[1] as number[][]),
    targetGroups: rule.targetGroups.size === 0 ? noItems : matchedItems(facts.targetGroups, itemIds[2] as number[][]),
    lifeEvents: rule.lifeEvents.size === 0 ? noItems : matchedItems(facts.lifeEvents, itemIds[3] as number[][]),
    area: availability.kind,
    areaVia: availability.via,
    pinned: false,
  };
}

function matchedItems(items: readonly string[], chains: readonly number[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += 1) {
    if (hasFlag(chains[i] as number[], wanted) && !out.includes(items[i] as string)) out.push(items[i] as string);
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
