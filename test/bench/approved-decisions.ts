/**
 * Approved decisions for the benchmark diff, made up the way curators work: most of
 * what surfaces in their region is approved (include), some is excluded, a few approved
 * hashes are stale (changedSinceApproval), and a few decided services no longer surface
 * (missing / cleared).
 */
import type { ApprovedDecision } from '../../shared/domain/types';
import { chance, intBetween, pickOne, type Random } from './prng';

export type Decisions = Map<string, Map<string, ApprovedDecision>>;

export interface DecisionInput {
  articleIds: readonly string[];
  /** Service ids surfacing for the article in the region, as computed by the engine. */
  surfacing(articleId: string): Iterable<string>;
  /** Every catalogue service id (for decisions on services that no longer surface). */
  catalogueIds: readonly string[];
  currentHash(serviceId: string): string | null;
}

/** Decisions of one region's curators for every article. */
export function regionDecisions(random: Random, input: DecisionInput): Decisions {
  const out: Decisions = new Map();
  for (const articleId of input.articleIds) {
    const decided = new Map<string, ApprovedDecision>();
    for (const serviceId of [...input.surfacing(articleId)].sort()) {
      const roll = random();
      if (roll < 0.55) {
        const stale = chance(random, 0.04);
        decided.set(serviceId, { decision: 'include', serviceHashAtApproval: stale ? 'stale-hash' : input.currentHash(serviceId) });
      } else if (roll < 0.6) decided.set(serviceId, { decision: 'exclude', serviceHashAtApproval: input.currentHash(serviceId) });
    }
    for (let i = intBetween(random, 0, 3); i > 0; i -= 1) {
      decided.set(pickOne(random, input.catalogueIds), { decision: 'include', serviceHashAtApproval: null });
    }
    if (chance(random, 0.5)) decided.set(pickOne(random, input.catalogueIds), { decision: 'exclude', serviceHashAtApproval: null });
    out.set(articleId, decided);
  }
  return out;
}

/** All regions' decisions in one set per article (a shared national deployment). */
export function mergeDecisions(all: readonly Decisions[]): Decisions {
  const out: Decisions = new Map();
  for (const decisions of all) {
    for (const [articleId, decided] of decisions) {
      let merged = out.get(articleId);
      if (!merged) out.set(articleId, (merged = new Map()));
      for (const [serviceId, decision] of decided) merged.set(serviceId, decision);
    }
  }
  return out;
}

/** Number of decisions in a set. */
export function decisionCount(decisions: Decisions): number {
  let n = 0;
  for (const decided of decisions.values()) n += decided.size;
  return n;
}
