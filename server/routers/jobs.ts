import { DomainError } from '../../shared/domain/domain-error';
import { jobIdInputSchema } from '../../shared/schemas/change-requests-api';
import { router, signedInProcedure } from '../trpc';

export const jobsRouter = router({
  /**
   * A job's progress and result. Only the person who started it, or a manager, may read it;
   * to anyone else it does not exist (NOT_FOUND, so ids cannot be probed).
   */
  get: signedInProcedure.input(jobIdInputSchema).query(({ ctx, input }) => {
    const job = ctx.jobs.get(input.id);
    if (!job || (job.userId !== ctx.user.id && ctx.user.role !== 'manager')) throw new DomainError('NOT_FOUND', `unknown job "${input.id}"`);
    return job;
  }),
});
