import { articleDiffInputSchema, articleListInputSchema } from '../../shared/schemas/review-api';
import { buildArticleDetail } from '../engine/article-detail-view';
import { buildArticleList } from '../engine/article-list-view';
import { publicProcedure, router } from '../trpc';

export const articlesRouter = router({
  /** Every article of a region with diff counts, status, last review and (optionally) changes since a snapshot. */
  list: publicProcedure.input(articleListInputSchema).query(({ ctx, input }) => buildArticleList(ctx.review, input.region, input.compareSnapshot ?? null)),
  /** One article's diff with service details, decisions, flags and comment counts. */
  diff: publicProcedure.input(articleDiffInputSchema).query(({ ctx, input }) => buildArticleDetail(ctx.handle, ctx.review, input.region, input.articleId, input.compareSnapshot ?? null)),
});
