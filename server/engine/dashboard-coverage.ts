import type { ArticleDiff, DiffCategory } from '../../shared/domain/types';
import { coverageListLimit, type ArticleRef, type DashboardView, type ServiceRef } from '../../shared/schemas/dashboard-api';
import type { ArticleListRow } from './article-list-view';
import type { LoadedCatalogue } from './load-workspace';
import { serviceRows } from './service-catalogue-view';
import { serviceSummary } from './service-summary';

// A service is linked to an article when it surfaces there or is approved for it (surfacing.md's table).
const linked: ReadonlySet<DiffCategory> = new Set(['ok', 'unreviewed', 'unwanted', 'missing']);

const firstOf = <T>(items: readonly T[]) => ({ count: items.length, items: items.slice(0, coverageListLimit) });

export const articleRef = (row: Pick<ArticleListRow, 'id' | 'title' | 'topic'>): ArticleRef => ({ id: row.id, title: row.title, topic: row.topic });

function serviceRef(loaded: LoadedCatalogue, id: string): ServiceRef {
  const summary = serviceSummary(loaded, id);
  return { id, name: summary?.name ?? {}, organizationName: summary?.organizationName ?? {} };
}

/**
 * Coverage gaps: articles with no regional service surfacing, regional services linked to
 * no article, and regional services lacking Swedish. "Regional" is what is available only in
 * the county's own area, as the catalogue view's area filter means it; the Swedish check is
 * the catalogue view's language filter, so a drill-down matches what that view lists.
 * `diffs` null (someone who sees only some articles) leaves out the unlinked services: no
 * link in *their* articles says nothing about the rest.
 */
export function coverageFigures(loaded: LoadedCatalogue, region: string, rows: readonly ArticleListRow[], diffs: ReadonlyMap<string, ArticleDiff> | null): DashboardView['coverage'] {
  const regional = serviceRows(loaded, region).filter((row) => row.area === 'regional');
  let unlinkedRegional: DashboardView['coverage']['unlinkedRegional'] = null;
  if (diffs) {
    const linkedIds = new Set<string>();
    for (const diff of diffs.values()) for (const item of diff.items) if (linked.has(item.category)) linkedIds.add(item.serviceId);
    const unlinked = regional.filter((row) => !linkedIds.has(row.id));
    unlinkedRegional = { count: unlinked.length, items: unlinked.slice(0, coverageListLimit).map((row) => serviceRef(loaded, row.id)) };
  }
  const missingSwedish = regional.filter((row) => row.language === 'missing_sv');
  const withoutRegional = rows.filter((row) => row.surfacing.regional === 0);
  return {
    regionalServices: regional.length,
    articlesWithoutRegional: firstOf(withoutRegional.map(articleRef)),
    unlinkedRegional,
    missingSwedish: { count: missingSwedish.length, items: missingSwedish.slice(0, coverageListLimit).map((row) => serviceRef(loaded, row.id)) },
  };
}
