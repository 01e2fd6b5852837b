import { router } from '../trpc';
import { articlesRouter } from './articles';
import { catalogueRouter } from './catalogue';
import { commentsRouter } from './comments';
import { decisionsRouter } from './decisions';
import { descriptionRequestsRouter } from './description-requests';
import { flagsRouter } from './flags';
import { servicesRouter } from './services';
import { authRouter } from './auth';
import { historyRouter } from './history';

export const appRouter = router({
  auth: authRouter,
  catalogue: catalogueRouter,
  articles: articlesRouter,
  decisions: decisionsRouter,
  flags: flagsRouter,
  descriptionRequests: descriptionRequestsRouter,
  comments: commentsRouter,
  services: servicesRouter,
  history: historyRouter,
});

export type AppRouter = typeof appRouter;
