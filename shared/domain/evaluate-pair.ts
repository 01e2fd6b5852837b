import { availabilityIn, type Availability } from './area-availability';
import { matchingCodes } from './code-hierarchy';
import type { CompiledRule } from './compiled-rule';
import type { Absence, CriteriaGroup, Region, ServiceFacts, SurfacingReasons } from './types';

/** The outcome of one article rule for one service in one region. */
export type PairOutcome = { surfaces: true; reasons: SurfacingReasons } | { surfaces: false; absence: Absence };

/**
 * The definition of "S surfaces in A for R" (surfacing.md), for a single pair.
 * The indexed engine must agree with this function on every pair; tests hold it to that.
 */
export function evaluatePair(
  service: ServiceFacts | undefined,
  rule: CompiledRule,
  region: Region,
  regionMunicipalities?: ReadonlySet<string>,
): PairOutcome {
  if (!service) return absent('not_in_catalogue');
  if (service.publishingStatus !== 'Published') return absent('not_published');
  const availability = availabilityIn(service, region, regionMunicipalities);
  if (!availability) return absent('outside_region');
  return evaluateAvailable(service, rule, availability);
}

/** The rule part of the definition, for a published service already known to be available. */
export function evaluateAvailable(service: ServiceFacts, rule: CompiledRule, availability: Availability): PairOutcome {
  if (rule.blocked.has(service.id)) return absent('blocked');
  const pinned = rule.pinned.has(service.id);
  const matched = matchedItems(service, rule);
  if (!pinned) {
    if (service.keywords.some((k) => rule.excludeKeywords.has(k))) return absent('excluded_keyword');
    if (rule.active.length === 0) return absent('criteria_not_met');
    const failed = rule.active.filter((group) => matched[group].length === 0);
    if (failed.length > 0) return absent('criteria_not_met', failed);
  }
  return {
    surfaces: true,
    reasons: { ...matched, area: availability.kind, areaVia: availability.via, pinned },
  };
}

/** The service's own keywords and codes that the rule's groups match. */
export function matchedItems(service: ServiceFacts, rule: CompiledRule): Record<CriteriaGroup, string[]> {
  return {
    keywords: rule.keywords.size === 0 ? [] : unique(service.keywords.filter((k) => rule.keywords.has(k))),
    serviceClasses: rule.serviceClasses.size === 0 ? [] : matchingCodes(rule.serviceClasses, service.serviceClasses),
    targetGroups: rule.targetGroups.size === 0 ? [] : matchingCodes(rule.targetGroups, service.targetGroups),
    lifeEvents: rule.lifeEvents.size === 0 ? [] : matchingCodes(rule.lifeEvents, service.lifeEvents),
  };
}

function absent(reason: Absence['reason'], detail: CriteriaGroup[] = []): PairOutcome {
  return { surfaces: false, absence: { reason, detail } };
}

function unique(values: string[]): string[] {
  return values.length < 2 ? values : [...new Set(values)];
}
