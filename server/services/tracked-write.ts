import { changeStamp, writeTransaction } from '../../db/client';
import type { Context } from '../context';

/**
 * One write transaction from a procedure, after which the review cache patches the
 * articles the write touched instead of recomputing whole regions on the next read.
 */
export function trackedWrite<T>(ctx: Pick<Context, 'handle' | 'review'>, touchedArticles: readonly string[], work: () => T): T {
  const before = changeStamp(ctx.handle);
  const result = writeTransaction(ctx.handle, work);
  ctx.review.afterWrite(before, touchedArticles);
  return result;
}
