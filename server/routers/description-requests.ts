import { insertDescriptionRequest, listDescriptionRequests } from '../../db/queries/description-requests';
import { createDescriptionRequestInputSchema, descriptionRequestListInputSchema } from '../../shared/schemas/review-api';
import { UserError } from '../user-error';
import { recordHistory } from '../../db/queries/history';
import { readableArticles, requireArticle } from '../services/access';
import { historyActor } from '../services/history-actor';
import { trackedWrite } from '../services/tracked-write';
import { procedureFor, router } from '../trpc';

export const descriptionRequestsRouter = router({
  /** Requests a new service description (Finnish and Swedish) for a service missing from the catalogue. */
  create: procedureFor('requestDescription').input(createDescriptionRequestInputSchema).mutation(({ ctx, input }) => {
    const loaded = ctx.catalogue.get();
    if (!loaded.regions.some((r) => r.code === input.region)) throw new UserError(`unknown region "${input.region}"`);
    const known = new Set(loaded.articles.map((a) => a.id));
    const unknown = input.articleIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new UserError(`unknown article(s): ${unknown.join(', ')}`);
    for (const articleId of input.articleIds) requireArticle(ctx, 'requestDescription', articleId);
    if (input.organizationId && !loaded.organizations.has(input.organizationId)) throw new UserError(`unknown organisation ${input.organizationId}`);
    const at = ctx.now().toISOString();
    const id = trackedWrite(ctx, [], () => {
      // A known owner is named as the catalogue names it, not as the client sent it.
      const owner = input.organizationId ? loaded.organizations.get(input.organizationId)?.name : null;
      const organizationName = owner ? (owner.fi ?? owner.sv ?? input.organizationName) : input.organizationName;
      const requestId = insertDescriptionRequest(ctx.handle, { ...input, organizationName }, ctx.actor, at);
      recordHistory(ctx.handle, historyActor(ctx), at, input.articleIds.length > 0
        ? input.articleIds.map((articleId) => ({ kind: 'request.created' as const, articleId, regionCode: input.region, data: { requestId, name: input.name } }))
        : [{ kind: 'request.created', regionCode: input.region, data: { requestId, name: input.name } }]);
      return requestId;
    });
    ctx.log.info({ actor: ctx.actor, request: id }, 'description request');
    return { id };
  }),
  /** Description requests of a region, newest first; with an article, those that name it. */
  list: procedureFor('read').input(descriptionRequestListInputSchema).query(({ ctx, input }) => {
    const titles = new Map(ctx.catalogue.get().articles.map((a) => [a.id, a.title]));
    const readable = readableArticles(ctx);
    const requests = listDescriptionRequests(ctx.handle, input.region, input.articleId).filter((r) => !readable || r.articleIds.some((id) => readable.has(id)));
    return requests.map((request) => ({
      ...request,
      // A participant learns only of the articles they may read.
      articleIds: readable ? request.articleIds.filter((id) => readable.has(id)) : request.articleIds,
      articles: request.articleIds.filter((id) => !readable || readable.has(id)).map((id) => ({ id, title: titles.get(id) ?? { fi: id, sv: '' } })),
    }));
  }),
});
