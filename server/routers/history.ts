import { TRPCError } from '@trpc/server';
import { listHistory } from '../../db/queries/history';
import { historyInputSchema } from '../../shared/schemas/people-api';
import { serviceSummary } from '../engine/service-summary';
import { readableArticles, requireArticle } from '../services/access';
import { narrowHistory } from '../services/change-requests/request-reads';
import { procedureFor, router } from '../trpc';

export const historyRouter = router({
  /**
   * The append-only history, newest first: of one article, of one service, or everything
   * (managers). A participant sees the history of their workshops' articles only.
   */
  list: procedureFor('read')
    .input(historyInputSchema)
    .query(({ ctx, input }) => {
      if (input.articleId) requireArticle(ctx, 'read', input.articleId);
      const readable = readableArticles(ctx);
      if (!input.articleId && !input.serviceId && ctx.user.role !== 'manager') throw new TRPCError({ code: 'FORBIDDEN', message: 'the whole history is for managers; ask for an article or a service' });
      const events = listHistory(ctx.handle, {
        ...(input.articleId ? { articleId: input.articleId } : {}),
        ...(input.serviceId ? { serviceId: input.serviceId } : {}),
        ...(input.beforeId ? { beforeId: input.beforeId } : {}),
        // Filtered in SQL, so a page is full and the cursor moves on however sparse the readable events are.
        ...(readable ? { articleIds: [...readable] } : {}),
        limit: input.limit + 1,
      });
      const page = events.slice(0, input.limit);
      // Names from the current catalogue, so a service that no longer surfaces is still named.
      const loaded = ctx.catalogue.get();
      // A change request event lists all the request's articles; a participant sees only theirs.
      const named = narrowHistory(readable, page).map((e) => ({ ...e, serviceName: e.serviceId ? (serviceSummary(loaded, e.serviceId)?.name ?? null) : null }));
      return { events: named, nextBeforeId: events.length > input.limit ? (page[page.length - 1]?.id ?? null) : null };
    }),
});
