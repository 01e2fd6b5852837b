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
import { signoffsRouter } from './signoffs';
import { rulesRouter } from './rules';
import { usersRouter } from './users';
import { workshopsRouter } from './workshops';
import { proposalsRouter } from './proposals';
import { changeRequestsRouter } from './change-requests';
import { dashboardRouter } from './dashboard';
import { verificationRouter } from './verification';
import { exportsRouter } from './exports';
import { jobsRouter } from './jobs';

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
  signoffs: signoffsRouter,
  rules: rulesRouter,
  users: usersRouter,
  workshops: workshopsRouter,
  proposals: proposalsRouter,
  changeRequests: changeRequestsRouter,
  dashboard: dashboardRouter,
  verification: verificationRouter,
  exports: exportsRouter,
  jobs: jobsRouter,
});

export type AppRouter = typeof appRouter;
