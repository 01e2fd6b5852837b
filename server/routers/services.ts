import { DomainError } from '../../shared/domain/domain-error';
import { explainAbsenceInputSchema, serviceDetailInputSchema, serviceSearchInputSchema } from '../../shared/schemas/review-api';
import { serviceSummary } from '../engine/service-summary';
import { searchCatalogue, serviceDetail } from '../engine/service-catalogue-view';
import { UserError } from '../user-error';
import { publicProcedure, router } from '../trpc';
import type { Context } from '../context';

function loadedWithRegion(ctx: Context, region: string) {
  const loaded = ctx.catalogue.get();
  if (!loaded.regions.some((r) => r.code === region)) throw new UserError(`unknown region "${region}"`);
  return loaded;
}

export const servicesRouter = router({
  /** Services available in the region, filtered by text and facets, one page at a time, with facet counts. */
  search: publicProcedure.input(serviceSearchInputSchema).query(({ ctx, input }) => searchCatalogue(loadedWithRegion(ctx, input.region), input)),
  /** One service in full and the articles of the region it surfaces in, with why. */
  detail: publicProcedure.input(serviceDetailInputSchema).query(({ ctx, input }) => {
    const detail = serviceDetail(loadedWithRegion(ctx, input.region), input.region, input.serviceId);
    if (!detail) throw new DomainError('NOT_FOUND', `service ${input.serviceId} is not in the current catalogue snapshot`);
    return detail;
  }),
  /** Why a service does (or does not) surface in an article: reasons, or the missing reason. */
  explain: publicProcedure.input(explainAbsenceInputSchema).query(({ ctx, input }) => {
    const loaded = loadedWithRegion(ctx, input.region);
    if (!loaded.articles.some((a) => a.id === input.articleId)) throw new UserError(`unknown article "${input.articleId}"`);
    const reasons = loaded.workspace.surfacing(input.region, input.articleId).get(input.serviceId) ?? null;
    return {
      service: serviceSummary(loaded, input.serviceId),
      reasons,
      absence: reasons ? null : loaded.workspace.explainAbsence(input.region, input.articleId, input.serviceId),
    };
  }),
});
