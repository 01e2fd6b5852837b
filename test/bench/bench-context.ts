/**
 * Shared pieces of the surfacing benchmarks: diff inputs, fresh workspaces and the
 * cache invalidation that makes a "warm" run recompute every article.
 */
import { diffRegion, type RegionDiffInput } from '../../shared/domain/diff-region';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type { ArticleDiff } from '../../shared/domain/types';
import type { Decisions } from './approved-decisions';
import type { BenchCatalogue } from './bench-catalogue';

export function diffInput(catalogue: BenchCatalogue, regionCode: string, approved: Decisions, articleIds?: readonly string[]): RegionDiffInput {
  return {
    regionCode,
    articleIds: articleIds ?? catalogue.articles.map((a) => a.id),
    approved,
    currentHash: catalogue.currentHash,
  };
}

/** A workspace over the whole national catalogue (builds the catalogue index). */
export function newWorkspace(catalogue: BenchCatalogue): SurfacingWorkspace {
  return new SurfacingWorkspace(catalogue.facts, catalogue.regions, catalogue.articles);
}

/**
 * Drops every article's cached surfacing (setRule with the same rule), keeping the
 * catalogue index and the region views with their regional postings: what is left to
 * do is the surfacing and diff work itself.
 */
export function invalidateArticles(workspace: SurfacingWorkspace, catalogue: BenchCatalogue): void {
  for (const article of catalogue.articles) workspace.setRule(article.id, article.rule);
}

/** Diff of every article in every given region. */
export function diffRegions(workspace: SurfacingWorkspace, inputs: readonly RegionDiffInput[]): ArticleDiff[][] {
  return inputs.map((input) => diffRegion(workspace, input));
}

/** Counts items per category over a region diff, for the stderr summary. */
export function describeDiff(diffs: readonly ArticleDiff[]): string {
  const totals: Record<string, number> = {};
  for (const diff of diffs) for (const [category, n] of Object.entries(diff.counts)) totals[category] = (totals[category] ?? 0) + n;
  return Object.entries(totals)
    .map(([category, n]) => `${category} ${n}`)
    .join(', ');
}
