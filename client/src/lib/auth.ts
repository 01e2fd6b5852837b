import { useQuery, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { can, type Action, type ArticleScope } from '../../../shared/domain/permissions';
import { useTRPC, type RouterOutputs } from './trpc';

export type Me = NonNullable<RouterOutputs['auth']['me']>;

/** The signed-in person (null when signed out); undefined while the first answer is on its way. */
export function useMe(): Me | null | undefined {
  const trpc = useTRPC();
  const me = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000, retry: false });
  return me.data;
}

/**
 * Whether the signed-in person may do `action` (on `article`, when given): the same rule the
 * server enforces. The UI hides what one may not do; the server refuses it anyway.
 */
export function useCan(action: Action, article?: ArticleScope): boolean {
  const me = useMe();
  return can(me ? { id: me.id, role: me.role, topics: me.topics, workshopIds: me.workshopIds } : null, action, article);
}

/**
 * After signing in or out: what was cached belongs to the previous person, so it goes; the
 * new answer to "who am I" is set in place (the mounted shell keeps observing that query).
 */
export function switchPerson(queryClient: QueryClient, meKey: QueryKey, me: Me | null): void {
  queryClient.setQueryData(meKey, me);
  queryClient.removeQueries({ predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(meKey) });
}
