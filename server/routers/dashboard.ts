import { dashboardInputSchema } from '../../shared/schemas/dashboard-api';
import { buildDashboard } from '../engine/dashboard-overview';
import { procedureFor, router } from '../trpc';

export const dashboardRouter = router({
  /**
   * The region's progress dashboard: review status per topic and person and over time,
   * drift after the latest import, change requests, coverage and measured review effort.
   * A participant's figures cover only their workshops' articles.
   */
  overview: procedureFor('read')
    .input(dashboardInputSchema)
    .query(({ ctx, input }) => buildDashboard(ctx, input.region)),
});
