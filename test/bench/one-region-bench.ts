/**
 * Surfacing + diff of all 350 articles in one region over the national catalogue, against
 * the naive nested loop (naiveRegionSurfacing: every article × every service) measured
 * in the same run. Also checks that both agree, pair by pair.
 */
import { diffRegion } from '../../shared/domain/diff-region';
import { naiveRegionSurfacing } from '../../shared/domain/naive-surfacing';
import type { Region, SurfacingReasons } from '../../shared/domain/types';
import { describeDiff, diffInput, invalidateArticles, newWorkspace } from './bench-context';
import type { BenchCatalogue } from './bench-catalogue';
import { measure, progress, report, timeOnce } from './measure';
import type { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';

export interface OneRegionResult {
  warmMs: number;
  /** A workspace whose views and caches are built for the region. */
  workspace: SurfacingWorkspace;
}

/** Pairs on which the engine and the naive loop disagree (ids or reasons). */
function disagreements(workspace: SurfacingWorkspace, regionCode: string, naive: Map<string, Map<string, SurfacingReasons>>): number {
  let bad = 0;
  for (const [articleId, expected] of naive) {
    const actual = workspace.surfacing(regionCode, articleId);
    if (actual.size !== expected.size) bad += Math.abs(actual.size - expected.size);
    for (const [serviceId, reasons] of expected) {
      const got = actual.get(serviceId);
      if (!got || JSON.stringify(got) !== JSON.stringify(reasons)) bad += 1;
    }
  }
  return bad;
}

export function benchOneRegion(catalogue: BenchCatalogue, region: Region): OneRegionResult {
  const input = diffInput(catalogue, region.code, catalogue.decisionsByRegion.get(region.code) ?? new Map());
  const pairs = catalogue.pairsByRegion.get(region.code) ?? 0;
  const label = `region ${region.code} (${region.name.fi}, ${pairs} surfacing pairs)`;

  let workspace = newWorkspace(catalogue);
  const cold = measure(() => diffRegion(workspace, input), { setup: () => (workspace = newWorkspace(catalogue)), warmup: 1, runs: 5, budgetMs: 8000 });

  workspace = newWorkspace(catalogue);
  const diffs = diffRegion(workspace, input);
  const warm = measure(() => diffRegion(workspace, input), { setup: () => invalidateArticles(workspace, catalogue), warmup: 3, runs: 15, budgetMs: 8000 });
  const cached = measure(() => diffRegion(workspace, input), { warmup: 3, runs: 15 });
  const nationalInput = diffInput(catalogue, region.code, catalogue.nationalDecisions);
  const national = measure(() => diffRegion(workspace, nationalInput), { setup: () => invalidateArticles(workspace, catalogue), warmup: 2, runs: 9, budgetMs: 6000 });
  progress(`one region: ${label}; diff items: ${describeDiff(diffs)}`);

  progress(`naive baseline: ${catalogue.articles.length} articles × ${catalogue.facts.length} services through evaluatePair…`);
  let naive = new Map<string, Map<string, SurfacingReasons>>();
  const naiveRuns = [timeOnce(() => (naive = naiveRegionSurfacing(catalogue.facts, region, catalogue.articles)))];
  if ((naiveRuns[0] as number) < 15_000) naiveRuns.push(timeOnce(() => (naive = naiveRegionSurfacing(catalogue.facts, region, catalogue.articles))));
  const naiveSurfacingMs = Math.min(...naiveRuns);
  const naiveDiffMs = timeOnce(() => diffRegion(workspace, { ...input, surfacingOf: (id) => naive.get(id) ?? new Map() }));
  const naiveMs = naiveSurfacingMs + naiveDiffMs;
  const bad = disagreements(workspace, region.code, naive);
  progress(`naive: surfacing ${naiveRuns.map((t) => t.toFixed(0)).join(' / ')} ms, diff ${naiveDiffMs.toFixed(0)} ms; engine vs naive: ${bad === 0 ? 'identical on every pair' : `${bad} DISAGREEMENTS`}`);
  if (bad > 0) process.exitCode = 1;

  report('naive-surfacing-diff-one-region', naiveMs, 'ms', {
    note: `baseline: naiveRegionSurfacing (${catalogue.articles.length} × ${catalogue.facts.length} evaluatePair calls) + diffRegion over its result, ${label}; fastest of ${naiveRuns.length} run(s)`,
  });
  report('surfacing-diff-one-region-cold', cold.median, 'ms', {
    baseline: naiveMs,
    ratio: naiveMs / cold.median,
    note: `diffRegion of all articles on a fresh SurfacingWorkspace (catalogue index built untimed; region view, regional postings, surfacing, diff timed); median of ${cold.runs}; ratio = naive / this`,
  });
  report('surfacing-diff-one-region-warm', warm.median, 'ms', {
    goal: 20,
    baseline: naiveMs,
    ratio: naiveMs / warm.median,
    note: `diffRegion of all articles, region view built, every article's surfacing invalidated (setRule, untimed) before each run; median of ${warm.runs} (p95 ${warm.p95.toFixed(1)}); ratio = naive / this`,
  });
  report('surfacing-speedup-vs-naive', naiveMs / warm.median, 'x', {
    goal: 20,
    kind: 'min',
    baseline: naiveMs,
    ratio: naiveMs / warm.median,
    note: 'naive (surfacing + diff) time / warm engine (surfacing + diff) time, same region, same run',
  });
  report('diff-only-one-region-cached', cached.median, 'ms', {
    baseline: warm.median,
    ratio: cached.median / warm.median,
    note: 'diffRegion with every surfacing already cached (the diff part alone); ratio = this / warm',
  });
  report('surfacing-diff-one-region-warm-national-decisions', national.median, 'ms', {
    baseline: warm.median,
    ratio: national.median / warm.median,
    note: `as warm, but with all 22 regions' approved decisions per article (a shared deployment: other regions' approvals show as missing/outside_region); ratio = this / warm`,
  });
  return { warmMs: warm.median, workspace };
}
