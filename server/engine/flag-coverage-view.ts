import { articlesSurfacingBecauseOf, type FlaggedItem } from '../../shared/domain/flag-coverage';
import type { LoadedCatalogue } from './load-workspace';

export interface CoveredArticle {
  id: string;
  title: { fi: string; sv: string };
}

/**
 * The articles a flag covers: for the service's owner, every article of the region where the
 * flagged item makes the service surface; for the article rule, only the article it was raised in.
 */
export function flagCoverage(
  loaded: LoadedCatalogue,
  flag: { regionCode: string; serviceId: string; item: FlaggedItem; target: 'service' | 'rule'; articleId: string },
): CoveredArticle[] {
  const candidates = flag.target === 'rule' ? loaded.articles.filter((a) => a.id === flag.articleId) : loaded.articles;
  const ids = new Set(
    articlesSurfacingBecauseOf(
      candidates.map((a) => a.id),
      flag.item,
      (articleId) => loaded.workspace.surfacing(flag.regionCode, articleId).get(flag.serviceId),
    ),
  );
  return candidates.filter((a) => ids.has(a.id)).map((a) => ({ id: a.id, title: a.title }));
}
