import { articleDiffInputSchema, articleListInputSchema } from '../../shared/schemas/review-api';
import { buildArticleDetail } from '../engine/article-detail-view';
import { buildArticleList } from '../engine/article-list-view';
import { readableArticles, requireArticle } from '../services/access';
import { decisionsVersion } from '../services/decision-writes';
import { procedureFor, router } from '../trpc';

export const articlesRouter = router({
  /** The articles of a region the person may read, with diff counts, status, last review and (optionally) changes since a snapshot. */
  list: procedureFor('read')
    .input(articleListInputSchema)
    .query(({ ctx, input }) => {
      const rows = buildArticleList(ctx.handle, ctx.review, input.region, input.compareSnapshot ?? null);
      const readable = readableArticles(ctx);
      return readable ? { ...rows, articles: rows.articles.filter((row) => readable.has(row.id)) } : rows;
    }),
  /** One article's diff with service details, decisions, flags and comment counts, and the decisions version to base changes on. */
  diff: procedureFor('read')
    .input(articleDiffInputSchema)
    .query(({ ctx, input }) => {
      const scope = requireArticle(ctx, 'read', input.articleId);
      const detail = buildArticleDetail(ctx.handle, ctx.review, input.region, input.articleId, input.compareSnapshot ?? null);
      // The scope lets the UI ask the same permission rule the server applies (topic, workshops).
      return { ...detail, decisionsVersion: decisionsVersion(ctx, input.articleId), scope };
    }),
});
