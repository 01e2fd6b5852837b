import { deleteApprovedDecisions, loadArticleDecisions, upsertApprovedDecisions } from '../../db/queries/decisions';
import { clearDecisionsInputSchema, setDecisionsInputSchema } from '../../shared/schemas/review-api';
import { UserError } from '../user-error';
import { trackedWrite } from '../services/tracked-write';
import { publicProcedure, router } from '../trpc';

export const decisionsRouter = router({
  /** Includes or excludes services in an article's approved list (one or many at once). */
  set: publicProcedure.input(setDecisionsInputSchema).mutation(({ ctx, input }) => {
    const loaded = ctx.catalogue.get();
    if (!loaded.regions.some((r) => r.code === input.region)) throw new UserError(`unknown region "${input.region}"`);
    if (!loaded.articles.some((a) => a.id === input.articleId)) throw new UserError(`unknown article "${input.articleId}"`);
    const serviceIds = [...new Set(input.serviceIds)];
    // A decision is about a service the catalogue has, or one that already has a decision (and has since left the catalogue).
    const decided = loadArticleDecisions(ctx.handle, input.articleId);
    const unknown = serviceIds.filter((id) => !loaded.services.has(id) && !decided.has(id));
    if (unknown.length > 0) throw new UserError(`not in the catalogue: ${unknown.join(', ')}`);
    const rows = serviceIds.map((serviceId) => ({
      articleId: input.articleId,
      serviceId,
      decision: input.decision,
      decidedBy: ctx.actor,
      note: input.note ?? null,
      serviceHash: loaded.services.get(serviceId)?.hash ?? null,
    }));
    trackedWrite(ctx, [input.articleId], () => upsertApprovedDecisions(ctx.handle, rows, ctx.now().toISOString(), 'ui'));
    ctx.log.info({ actor: ctx.actor, articleId: input.articleId, decision: input.decision, services: serviceIds.length }, 'decisions set');
    return { changed: serviceIds.length };
  }),
  /** Removes decisions so the services are unreviewed again (the row's "undo"). */
  clear: publicProcedure.input(clearDecisionsInputSchema).mutation(({ ctx, input }) => {
    const removed = trackedWrite(ctx, [input.articleId], () => deleteApprovedDecisions(ctx.handle, input.articleId, [...new Set(input.serviceIds)]));
    ctx.log.info({ actor: ctx.actor, articleId: input.articleId, removed }, 'decisions cleared');
    return { removed };
  }),
});
