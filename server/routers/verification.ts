import { listChangeRequests } from '../../db/queries/change-requests';
import { verificationRunsInputSchema, verifyNowInputSchema, type VerificationRunView } from '../../shared/schemas/change-requests-api';
import type { Context } from '../context';
import { readableArticles } from '../services/access';
import { historyActor } from '../services/history-actor';
import { trackedWrite } from '../services/tracked-write';
import { listVerificationRuns, requestCodes } from '../services/verification/verification-runs';
import { verifyOpenRequests } from '../services/verify-requests';
import { procedureFor, router } from '../trpc';
import { UserError } from '../user-error';

function requireRegion(ctx: Context, region: string): void {
  const regions = ctx.catalogue.get().regions;
  if (!regions.some((r) => r.code === region)) throw new UserError(`unknown region "${region}" (known: ${regions.map((r) => r.code).join(', ')})`);
}

/** The ids of a region's requests this person may read: null for all (participants: their workshops' articles only). */
function readableRequestIds(ctx: Context, region: string): Set<number> | null {
  const readable = readableArticles(ctx);
  if (!readable) return null;
  return new Set(listChangeRequests(ctx.handle, { regionCode: region, articleIds: [...readable] }).map((r) => r.id));
}

export const verificationRouter = router({
  /** What the automatic checks after imports (and by hand) verified and left open, newest first. */
  runs: procedureFor('read')
    .input(verificationRunsInputSchema)
    .query(({ ctx, input }): VerificationRunView[] => {
      requireRegion(ctx, input.region);
      const runs = listVerificationRuns(ctx.handle, input.region, input.limit ?? 20);
      const codes = requestCodes(ctx.handle, [...new Set(runs.flatMap((r) => [...r.verifiedIds, ...r.stillOpenIds]))]);
      const mayRead = readableRequestIds(ctx, input.region);
      const named = (ids: number[]) => ids.filter((id) => codes.has(id) && (!mayRead || mayRead.has(id))).map((id) => ({ id, code: codes.get(id) as string }));
      return runs.map((run) => {
        const verified = named(run.verifiedIds);
        const stillOpen = named(run.stillOpenIds);
        // Someone who sees only some requests gets the count of those, not of every request checked.
        return { id: run.id, snapshotId: run.snapshotId, trigger: run.trigger, at: run.at, checked: mayRead ? verified.length + stillOpen.length : run.checked, verified, stillOpen };
      });
    }),
  /** Checks the region's open requests against the latest snapshot and the current rules now. */
  verifyNow: procedureFor('manageRequests')
    .input(verifyNowInputSchema)
    .mutation(({ ctx, input }): VerificationRunView | null => {
      requireRegion(ctx, input.region);
      const loaded = ctx.catalogue.get();
      const runs = trackedWrite(ctx, [], () =>
        verifyOpenRequests(ctx.handle, { trigger: 'manual', snapshotId: loaded.snapshotId, now: ctx.now(), actor: historyActor(ctx), regions: [input.region], loaded }),
      );
      ctx.log.info({ actor: ctx.actor, region: input.region, verified: runs[0]?.verified.length ?? 0 }, 'verify requests');
      const run = runs[0];
      if (!run) return null;
      const { region: _region, ...view } = run;
      return view;
    }),
});
