import { listSnapshots } from '../../db/queries/catalogue';
import { loadRegions } from '../../db/queries/regions';
import { publicProcedure, router } from '../trpc';

export const catalogueRouter = router({
  snapshots: publicProcedure.query(({ ctx }) => listSnapshots(ctx.handle)),
  regions: publicProcedure.query(({ ctx }) => loadRegions(ctx.handle.db).map((r) => ({ code: r.code, name: r.name, municipalityCount: r.municipalities.length }))),
});
