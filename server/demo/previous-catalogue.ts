import type { DemoArticle } from './article-catalogue';
import { DemoSurfacing } from './demo-surfacing';

/**
 * An earlier state of the demo catalogue, so a first start can show what changed between
 * two imports: some services did not exist yet (they began surfacing since), and some carried
 * another service's keywords and target groups, which their owners have since removed (they
 * stopped surfacing in that service's articles).
 */
type PtvService = Record<string, unknown>;

const addedSinceEvery = 37;
const fixedSinceEvery = 250;
const criteriaFields = ['ontologyTerms', 'targetGroups', 'serviceClasses', 'lifeEvents'] as const;

/** The demo services as they were one import earlier; deterministic for the same input. */
export function previousCatalogue(services: readonly PtvService[], articles: readonly DemoArticle[]): PtvService[] {
  const surfacing = new DemoSurfacing(services, articles);
  const articleCount = new Map<string, number>();
  for (const article of articles) for (const [id] of surfacing.surfacing(article.id)) articleCount.set(id, (articleCount.get(id) ?? 0) + 1);
  const donor = services.reduce<PtvService | null>((best, s) => ((articleCount.get(String(s.id)) ?? 0) > (articleCount.get(String(best?.id)) ?? 0) ? s : best), null);
  let surfacingSeen = 0;
  return services.flatMap((service, i) => {
    if (i % addedSinceEvery === 5) return [];
    if (!donor || service === donor || !articleCount.has(String(service.id))) return [service];
    surfacingSeen += 1;
    return surfacingSeen % fixedSinceEvery === 3 ? [withCriteriaOf(service, donor)] : [service];
  });
}

function withCriteriaOf(service: PtvService, donor: PtvService): PtvService {
  const merged: PtvService = { ...service };
  for (const field of criteriaFields) {
    const own = (service[field] as unknown[] | null) ?? [];
    const extra = ((donor[field] as unknown[] | null) ?? []).filter((item) => !own.some((o) => JSON.stringify(o) === JSON.stringify(item)));
    merged[field] = [...own, ...extra];
  }
  return merged;
}
