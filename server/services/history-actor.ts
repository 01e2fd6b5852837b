import type { HistoryActor } from '../../db/queries/history';
import type { Context } from '../context';

/** Who a history event is by: the signed-in person (their name at the time). */
export function historyActor(ctx: Pick<Context, 'user' | 'actor'>): HistoryActor {
  return { userId: ctx.user?.id ?? null, userName: ctx.user?.name ?? ctx.actor };
}
