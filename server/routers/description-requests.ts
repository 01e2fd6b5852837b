import { insertDescriptionRequest, listDescriptionRequests } from '../../db/queries/description-requests';
import { createDescriptionRequestInputSchema, descriptionRequestListInputSchema } from '../../shared/schemas/review-api';
import { UserError } from '../user-error';
import { trackedWrite } from '../services/tracked-write';
import { publicProcedure, router } from '../trpc';

export const descriptionRequestsRouter = router({
  /** Requests a new service description (Finnish and Swedish) for a service missing from the catalogue. */
  create: publicProcedure.input(createDescriptionRequestInputSchema).mutation(({ ctx, input }) => {
    const loaded = ctx.catalogue.get();
    if (!loaded.regions.some((r) => r.code === input.region)) throw new UserError(`unknown region "${input.region}"`);
    const known = new Set(loaded.articles.map((a) => a.id));
    const unknown = input.articleIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new UserError(`unknown article(s): ${unknown.join(', ')}`);
    if (input.organizationId && !loaded.organizations.has(input.organizationId)) throw new UserError(`unknown organisation ${input.organizationId}`);
    const id = trackedWrite(ctx, [], () => insertDescriptionRequest(ctx.handle, input, ctx.actor, ctx.now().toISOString()));
    ctx.log.info({ actor: ctx.actor, request: id }, 'description request');
    return { id };
  }),
  /** Description requests of a region, newest first; with an article, those that name it. */
  list: publicProcedure.input(descriptionRequestListInputSchema).query(({ ctx, input }) => {
    const titles = new Map(ctx.catalogue.get().articles.map((a) => [a.id, a.title]));
    return listDescriptionRequests(ctx.handle, input.region, input.articleId).map((request) => ({
      ...request,
      articles: request.articleIds.map((id) => ({ id, title: titles.get(id) ?? { fi: id, sv: '' } })),
    }));
  }),
});
