import { router } from '../trpc';
import { articlesRouter } from './articles';
import { catalogueRouter } from './catalogue';
import { commentsRouter } from './comments';
import { decisionsRouter } from './decisions';
import { descriptionRequestsRouter } from './description-requests';
import { flagsRouter } from './flags';
import { servicesRouter } from './services';

export const appRouter = router({
  catalogue: catalogueRouter,
  articles: articlesRouter,
  decisions: decisionsRouter,
  flags: flagsRouter,
  descriptionRequests: descriptionRequestsRouter,
  comments: commentsRouter,
  services: servicesRouter,
});

export type AppRouter = typeof appRouter;
