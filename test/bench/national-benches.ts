/**
 * The floor (one pass over every service's keyword and class postings), building the
 * workspace, surfacing + diff in all 22 regions, and recomputing after one rule change.
 */
import { normalizeRule } from '../../shared/domain/article-rule';
import { diffRegion } from '../../shared/domain/diff-region';
import type { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type { Region } from '../../shared/domain/types';
import { diffInput, diffRegions, invalidateArticles, newWorkspace } from './bench-context';
import type { BenchCatalogue } from './bench-catalogue';
import { measure, progress, report, stats, timeOnce } from './measure';
import { vocabulary } from './vocabulary';

/**
 * The floor: visit every keyword and service class of every service once and look it
 * up in the set of terms the articles use. Any engine that reads the catalogue's
 * postings at all does at least this.
 */
export function benchFloor(catalogue: BenchCatalogue): number {
  const terms = new Set<string>();
  for (const { rule } of catalogue.articles) for (const term of [...rule.keywords, ...rule.serviceClasses]) terms.add(term);
  let postings = 0;
  for (const f of catalogue.facts) postings += f.keywords.length + f.serviceClasses.length;
  const floor = measure(
    () => {
      let hits = 0;
      for (const service of catalogue.facts) {
        for (const k of service.keywords) if (terms.has(k)) hits += 1;
        for (const c of service.serviceClasses) if (terms.has(c)) hits += 1;
      }
      return hits;
    },
    { warmup: 5, runs: 21 },
  );
  report('floor-one-pass-postings', floor.median, 'ms', {
    note: `one pass over ${postings} keyword/class postings of ${catalogue.facts.length} services, a Set lookup each; median of ${floor.runs}`,
  });
  const build = measure(() => newWorkspace(catalogue), { warmup: 1, runs: 3, budgetMs: 5000 });
  report('workspace-build', build.median, 'ms', {
    baseline: floor.median,
    ratio: build.median / floor.median,
    note: 'new SurfacingWorkspace over the national catalogue (CatalogueIndex: expanded terms and postings); median of 3; ratio = this / floor',
  });
  return floor.median;
}

export function reportFloorRatio(warmOneRegionMs: number, floorMs: number): void {
  report('full-diff-vs-floor', warmOneRegionMs / floorMs, 'x', {
    goal: 3,
    baseline: floorMs,
    ratio: warmOneRegionMs / floorMs,
    note: 'warm surfacing + diff of all articles in one region / the floor, same run',
  });
}

/** All 22 regions, each with its own curators' decisions. Returns a workspace warm for all. */
export function benchAllRegions(catalogue: BenchCatalogue, floorMs: number): SurfacingWorkspace {
  const inputs = catalogue.regions.map((r) => diffInput(catalogue, r.code, catalogue.decisionsByRegion.get(r.code) ?? new Map()));
  let workspace = newWorkspace(catalogue);
  // No warm-up runs: the JIT is warm from the one-region benches, and each run takes seconds
  // while the engine is far off its goal. The last cold run leaves `workspace` warm for all.
  const cold = measure(() => diffRegions(workspace, inputs), { setup: () => (workspace = newWorkspace(catalogue)), warmup: 0, runs: 3, budgetMs: 12_000 });
  const warm = measure(() => diffRegions(workspace, inputs), { setup: () => invalidateArticles(workspace, catalogue), warmup: 0, runs: 7, budgetMs: 15_000 });
  report('surfacing-diff-all-regions-cold', cold.median, 'ms', {
    baseline: floorMs,
    ratio: cold.median / floorMs,
    note: `diffRegion for all ${inputs.length} regions on a fresh workspace (index built untimed; region views timed); median of ${cold.runs}; ratio = this / floor`,
  });
  report('surfacing-diff-all-regions-warm', warm.median, 'ms', {
    goal: 300,
    baseline: floorMs,
    ratio: warm.median / floorMs,
    note: `diffRegion for all ${inputs.length} regions, views built, all surfacing invalidated before each run; median of ${warm.runs} (p95 ${warm.p95.toFixed(0)}); ratio = this / floor`,
  });
  return workspace;
}

/** The rule an editor might save next: one more keyword (or a class when it has none). */
function changedRule(rule: BenchCatalogue['articles'][number]['rule'], salt: number) {
  const term = (vocabulary[salt % vocabulary.length] as { uri: string }).uri;
  return rule.keywords.length > 0 ? normalizeRule({ ...rule, keywords: [...rule.keywords, term] }) : normalizeRule({ ...rule, serviceClasses: [...rule.serviceClasses, 'P3.2'] });
}

/** setRule then surfacing + diff of that article in one region, for every article in turn. */
export function benchRecompute(catalogue: BenchCatalogue, workspace: SurfacingWorkspace, region: Region, fullWarmMs: number): void {
  const approved = catalogue.decisionsByRegion.get(region.code) ?? new Map();
  const once = (article: BenchCatalogue['articles'][number], salt: number): number => {
    const changed = changedRule(article.rule, salt);
    const input = diffInput(catalogue, region.code, approved, [article.id]);
    const ms = timeOnce(() => {
      workspace.setRule(article.id, changed);
      return diffRegion(workspace, input);
    });
    workspace.setRule(article.id, article.rule);
    return ms;
  };
  catalogue.articles.slice(0, 50).forEach((a, i) => once(a, i * 7 + 1)); // warm-up
  const times = catalogue.articles.map((a, i) => once(a, i * 7 + 4));
  const s = stats(times);
  progress(`recompute after a rule change: median ${s.median.toFixed(3)} ms, p95 ${s.p95.toFixed(3)} ms, max ${s.max.toFixed(3)} ms over ${s.runs} articles`);
  const slowest = times.map((ms, i) => ({ ms, article: catalogue.articles[i] as BenchCatalogue['articles'][number] })).sort((a, b) => b.ms - a.ms);
  for (const { ms, article } of slowest.slice(0, 3)) {
    const size = workspace.surfacing(region.code, article.id).size;
    const shape = (['keywords', 'serviceClasses', 'targetGroups', 'lifeEvents'] as const).map((g) => `${g} ${article.rule[g].length}`).join(', ');
    progress(`  slow: ${article.id} ${ms.toFixed(2)} ms (${shape}; ${size} services surface with the original rule)`);
  }
  const note = `setRule (one more keyword, or class P3.2) + diffRegion of that article in region ${region.code}, once per article (${s.runs}), warm workspace; ratio = this / full one-region warm`;
  report('recompute-one-article', s.median, 'ms', { goal: 2, baseline: fullWarmMs, ratio: s.median / fullWarmMs, note: `median; ${note}` });
  report('recompute-one-article-p95', s.p95, 'ms', { goal: 2, baseline: fullWarmMs, ratio: s.p95 / fullWarmMs, note: `95th percentile (max ${s.max.toFixed(2)} ms); ${note}` });
}
