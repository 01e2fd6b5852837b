import { findRegion } from '../../db/queries/regions';
import { exportListInputSchema, startExportInputSchema } from '../../shared/schemas/change-requests-api';
import { createExport } from '../export/create-export';
import { listRequestExports } from '../export/export-store';
import { historyActor } from '../services/history-actor';
import { trackedWrite } from '../services/tracked-write';
import { procedureFor, router } from '../trpc';
import { UserError } from '../user-error';

/**
 * Exports of change requests. Both procedures are for managers ('manageRequests'): an
 * export may hold every request of the county, including those about articles outside a
 * participant's workshops, and the files go out under the county's name.
 */
export const exportsRouter = router({
  /**
   * Starts an export as a job and answers at once with its state; the page polls
   * jobs.get for progress ('select', 'render', 'save') and the result (the export's id).
   */
  start: procedureFor('manageRequests')
    .input(startExportInputSchema)
    .mutation(({ ctx, input }) => {
      if (!findRegion(ctx.handle.db, input.region)) throw new UserError(`unknown region "${input.region}"`);
      const deps = { handle: ctx.handle, catalogue: ctx.catalogue, actor: historyActor(ctx), now: ctx.now, write: <T>(work: () => T) => trackedWrite(ctx, [], work) };
      const job = ctx.jobs.start('export.requests', ctx.user.id, async (report) => {
        const { result } = await createExport(deps, input, report);
        ctx.log.info({ actor: ctx.actor, exportId: result.exportId, format: result.format, requests: result.requestCount, markedSent: result.markedSent.length }, 'export');
        return result;
      });
      return job;
    }),
  /** The region's exports, newest first; each file downloads from /api/exports/:id/file. */
  list: procedureFor('manageRequests')
    .input(exportListInputSchema)
    .query(({ ctx, input }) => {
      if (!findRegion(ctx.handle.db, input.region)) throw new UserError(`unknown region "${input.region}"`);
      return listRequestExports(ctx.handle, input.region);
    }),
});
