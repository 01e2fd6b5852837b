import type { DemoArticle } from './article-catalogue';
import type { DemoSurfacing } from './demo-surfacing';
import { archivedApprovedKey } from './planted-mistakes';
import { stableGuid, type SeededRandom } from './seeded-random';

/**
 * What Omaperhe is "observed" to show in the demo county: the model's surfacing with a few
 * disagreements of the kinds seen when comparing the site with the catalogue, so that the
 * model-vs-site report has something to explain.
 */

// Omaperhe caches the catalogue: it still lists an archived service, and it evaluates areas
// and exclusions a little differently from our reading of the rules (surfacing.md is a hypothesis).
const shownButNotInModel: readonly (readonly [articleId: string, serviceKey: string])[] = [
  ['vauvaperheen-tuki', archivedApprovedKey],
  ['vauvaperheen-arki', archivedApprovedKey],
  ['perhekahvilat', 'mll-pornainen:mll-perhekahvila:611'],
  ['vertaistuki-vanhemmille', 'mll-pornainen:mll-perhekahvila:611'],
  ['perhetyo', 'ita-uusimaa:lastensuojelun-perhetyo'],
];

/** Observed article–service pairs: mostly the model, minus recently changed services, plus a few extras. */
export function buildObserved(articles: readonly DemoArticle[], surfacing: DemoSurfacing, rng: SeededRandom): { articleId: string; serviceId: string }[] {
  const modelPairs = articles.flatMap((article) => surfacing.surfacing(article.id).map(([serviceId]) => ({ articleId: article.id, serviceId })));
  // Services edited after Omaperhe's last refresh are not on the site yet.
  const surfacingIds = [...new Set(modelPairs.map((p) => p.serviceId))].sort();
  const notYetOnSite = new Set(rng.sample(surfacingIds, 6));
  const observed = modelPairs.filter((pair) => !notYetOnSite.has(pair.serviceId));
  for (const [articleId, key] of shownButNotInModel) observed.push({ articleId, serviceId: stableGuid(`service:${key}`) });
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return observed.sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || (a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0));
}
