import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

/** Decision mutations of the article view; every success refreshes the article and the list. */
export function useReviewActions(region: string, articleId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.articles.diff.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.articles.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.services.pathKey() }),
    ]);
  const set = useMutation(trpc.decisions.set.mutationOptions({ onSuccess: refresh }));
  const clear = useMutation(trpc.decisions.clear.mutationOptions({ onSuccess: refresh }));
  return {
    busy: set.isPending || clear.isPending,
    error: set.error ?? clear.error,
    decide: (serviceIds: string[], decision: 'include' | 'exclude') => set.mutateAsync({ region, articleId, serviceIds, decision }),
    undo: (serviceIds: string[]) => clear.mutateAsync({ articleId, serviceIds }),
    refresh,
  };
}
