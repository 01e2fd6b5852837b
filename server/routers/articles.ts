import { z } from 'zod';
import { buildDiffReport } from '../engine/region-diff-report';
import { publicProcedure, router } from '../trpc';

const regionInput = z.strictObject({ region: z.string().min(1).max(20) });

export const articlesRouter = router({
  /** Every article with its diff counts in a region. */
  list: publicProcedure.input(regionInput).query(({ ctx, input }) => {
    const loaded = ctx.catalogue.get();
    const report = buildDiffReport(ctx.handle, { region: input.region }, loaded);
    const byId = new Map(loaded.articles.map((a) => [a.id, a]));
    return {
      snapshot: report.snapshot,
      articles: report.articles.map((diff) => {
        const article = byId.get(diff.articleId);
        return { id: diff.articleId, title: article?.title ?? { fi: diff.articleId, sv: '' }, topic: article?.topic ?? '', url: article?.url ?? null, counts: diff.counts };
      }),
    };
  }),
  /** One article's diff in a region. */
  diff: publicProcedure.input(regionInput.extend({ articleId: z.string().min(1).max(200) })).query(({ ctx, input }) => {
    const report = buildDiffReport(ctx.handle, { region: input.region, articleId: input.articleId }, ctx.catalogue.get());
    return { snapshot: report.snapshot, diff: report.articles[0] ?? null };
  }),
});
