import { router } from '../trpc';
import { articlesRouter } from './articles';
import { catalogueRouter } from './catalogue';

export const appRouter = router({
  catalogue: catalogueRouter,
  articles: articlesRouter,
});

export type AppRouter = typeof appRouter;
