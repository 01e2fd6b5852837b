import { loadArticleDecisions } from '../../db/queries/decisions';
import { undoInputSchema } from '../../shared/schemas/people-api';
import { clearDecisionsInputSchema, setDecisionsInputSchema } from '../../shared/schemas/review-api';
import { UserError } from '../user-error';
import { requireArticle } from '../services/access';
import { undoLastDecision, writeDecisions } from '../services/decision-writes';
import { procedureFor, router } from '../trpc';

export const decisionsRouter = router({
  /**
   * Includes or excludes services in an article's approved list (one or many at once).
   * Refused with CONFLICT when someone else changed one of them since `baseVersion`.
   */
  set: procedureFor('decide')
    .input(setDecisionsInputSchema)
    .mutation(({ ctx, input }) => {
      requireArticle(ctx, 'decide', input.articleId);
      const loaded = ctx.catalogue.get();
      if (!loaded.regions.some((r) => r.code === input.region)) throw new UserError(`unknown region "${input.region}"`);
      const serviceIds = [...new Set(input.serviceIds)];
      // A decision is about a service the catalogue has, or one that already has a decision (and has since left the catalogue).
      const decided = loadArticleDecisions(ctx.handle, input.articleId);
      const unknown = serviceIds.filter((id) => !loaded.services.has(id) && !decided.has(id));
      if (unknown.length > 0) throw new UserError(`not in the catalogue: ${unknown.join(', ')}`);
      const result = writeDecisions(ctx, {
        region: input.region,
        articleId: input.articleId,
        baseVersion: input.baseVersion,
        changes: serviceIds.map((serviceId) => ({ serviceId, decision: input.decision, note: input.note ?? null })),
      });
      ctx.log.info({ userId: ctx.user.id, articleId: input.articleId, decision: input.decision, services: serviceIds.length }, 'decisions set');
      return result;
    }),
  /** Removes decisions so the services are unreviewed again (the row's "undo"). */
  clear: procedureFor('decide')
    .input(clearDecisionsInputSchema)
    .mutation(({ ctx, input }) => {
      requireArticle(ctx, 'decide', input.articleId);
      const result = writeDecisions(ctx, {
        region: input.region,
        articleId: input.articleId,
        baseVersion: input.baseVersion,
        changes: [...new Set(input.serviceIds)].map((serviceId) => ({ serviceId, decision: null })),
      });
      ctx.log.info({ userId: ctx.user.id, articleId: input.articleId, removed: result.changed }, 'decisions cleared');
      return { ...result, removed: result.changed };
    }),
  /** Undoes the person's own last decision change, unless someone changed those pairs since. */
  undoLast: procedureFor('decide')
    .input(undoInputSchema)
    .mutation(({ ctx, input }) => {
      const result = undoLastDecision(ctx, input.region);
      ctx.log.info({ userId: ctx.user.id, articleId: result.articleId, restored: result.changed }, 'decision undone');
      return result;
    }),
});
