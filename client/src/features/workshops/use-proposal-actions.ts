import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

/** Saving and withdrawing proposals; after either, the counts, the queue and the list are fetched again. */
export function useProposalActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: trpc.proposals.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.workshops.pathKey() })]);
  const set = useMutation(trpc.proposals.set.mutationOptions({ onSuccess: refresh }));
  const withdraw = useMutation(trpc.proposals.withdraw.mutationOptions({ onSuccess: refresh }));
  return { set, withdraw, busy: set.isPending || withdraw.isPending };
}
