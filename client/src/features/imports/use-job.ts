import { useQuery } from '@tanstack/react-query';
import type { JobState } from '../../../../server/jobs/job-registry';
import { useTRPC } from '../../lib/trpc';

export type { JobState };

/** How often a running job is asked for its progress. */
const pollMs = 300;

/**
 * A server job (import, export) polled until it is done or failed; nothing is asked
 * while `jobId` is null.
 */
export function useJob(jobId: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.jobs.get.queryOptions({ id: jobId ?? '' }),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' || query.state.data === undefined ? pollMs : false),
    // A poll failing once (a restart, a blip) should not end the wait.
    retry: 3,
  });
}
