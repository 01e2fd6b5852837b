import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTRPC } from '../../lib/trpc';

/** After decisions change: the article views, the list, the services and the history all reload. */
export function refreshAfterDecisions(queryClient: QueryClient, trpc: ReturnType<typeof useTRPC>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: trpc.articles.diff.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.articles.list.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.services.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.history.pathKey() }),
  ]);
}

/**
 * Decision mutations of the article view; every success refreshes the article and the list.
 * Each change carries the decisions version this screen has seen, so a change someone else
 * made first to the same services comes back as a conflict instead of being overwritten.
 */
export function useReviewActions(region: string, articleId: string, shownVersion: number | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const base = useRef(0);
  useEffect(() => {
    if (shownVersion !== undefined) base.current = Math.max(base.current, shownVersion);
  }, [shownVersion]);
  const refresh = () => refreshAfterDecisions(queryClient, trpc);
  const seen = (result: { version: number }) => {
    base.current = Math.max(base.current, result.version);
    return refresh();
  };
  // After a conflict the screen reloads, so the other person's change is shown.
  const options = { onSuccess: seen, onError: () => void refresh() };
  const set = useMutation(trpc.decisions.set.mutationOptions(options));
  const clear = useMutation(trpc.decisions.clear.mutationOptions(options));
  const undoLast = useMutation(trpc.decisions.undoLast.mutationOptions(options));
  return {
    busy: set.isPending || clear.isPending || undoLast.isPending,
    error: set.error ?? clear.error ?? undoLast.error,
    decide: (serviceIds: string[], decision: 'include' | 'exclude') => set.mutateAsync({ region, articleId, serviceIds, decision, baseVersion: base.current }),
    undo: (serviceIds: string[]) => clear.mutateAsync({ region, articleId, serviceIds, baseVersion: base.current }),
    /** Undoes my own last decision change (whichever article it was in). */
    undoMyLast: () => undoLast.mutateAsync({ region }),
    refresh,
  };
}
