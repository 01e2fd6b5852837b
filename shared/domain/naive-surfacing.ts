import { compileRule } from './compiled-rule';
import { evaluatePair } from './evaluate-pair';
import type { ArticleRule, Region, ServiceFacts, SurfacingReasons } from './types';

/**
 * Reference implementation: every article × every service through `evaluatePair`.
 * Used as the test oracle and as the benchmark baseline; never on a hot path.
 */
export function naiveRegionSurfacing(
  services: readonly ServiceFacts[],
  region: Region,
  articles: readonly { id: string; rule: ArticleRule }[],
): Map<string, Map<string, SurfacingReasons>> {
  const out = new Map<string, Map<string, SurfacingReasons>>();
  const municipalities = new Set(region.municipalities); // once, so the baseline is a fair one
  for (const article of articles) {
    const rule = compileRule(article.rule);
    const surfacing = new Map<string, SurfacingReasons>();
    for (const service of services) {
      const outcome = evaluatePair(service, rule, region, municipalities);
      if (outcome.surfaces) surfacing.set(service.id, outcome.reasons);
    }
    out.set(article.id, surfacing);
  }
  return out;
}
