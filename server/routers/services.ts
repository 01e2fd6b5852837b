import { DomainError } from '../../shared/domain/domain-error';
import { explainAbsenceInputSchema, serviceDetailInputSchema, serviceSearchInputSchema } from '../../shared/schemas/review-api';
import { serviceSummary } from '../engine/service-summary';
import { searchCatalogue, serviceDetail } from '../engine/service-catalogue-view';
import { UserError } from '../user-error';
import { readableArticles, requireArticle } from '../services/access';
import { procedureFor, router } from '../trpc';
import type { Context } from '../context';

function loadedWithRegion(ctx: Context, region: string) {
  const loaded = ctx.catalogue.get();
  if (!loaded.regions.some((r) => r.code === region)) throw new UserError(`unknown region "${region}"`);
  return loaded;
}

export const servicesRouter = router({
  /** Services available in the region, filtered by text and facets, one page at a time, with facet counts. */
  search: procedureFor('read').input(serviceSearchInputSchema).query(({ ctx, input }) => searchCatalogue(loadedWithRegion(ctx, input.region), input)),
  /** One service in full and the articles of the region it surfaces in, with why. */
  detail: procedureFor('read').input(serviceDetailInputSchema).query(({ ctx, input }) => {
    const detail = serviceDetail(loadedWithRegion(ctx, input.region), input.region, input.serviceId);
    if (!detail) throw new DomainError('NOT_FOUND', `service ${input.serviceId} is not in the current catalogue snapshot`);
    const readable = readableArticles(ctx);
    return readable ? { ...detail, articles: detail.articles.filter((a) => readable.has(a.articleId)) } : detail;
  }),
  /** Why a service does (or does not) surface in an article: reasons, or the missing reason. */
  explain: procedureFor('read').input(explainAbsenceInputSchema).query(({ ctx, input }) => {
    const loaded = loadedWithRegion(ctx, input.region);
    requireArticle(ctx, 'read', input.articleId);
    const reasons = loaded.workspace.surfacing(input.region, input.articleId).get(input.serviceId) ?? null;
    return {
      service: serviceSummary(loaded, input.serviceId),
      reasons,
      absence: reasons ? null : loaded.workspace.explainAbsence(input.region, input.articleId, input.serviceId),
    };
  }),
});
