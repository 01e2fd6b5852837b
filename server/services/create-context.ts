import type { Logger } from 'pino';
import type { DbHandle } from '../../db/client';
import type { Context } from '../context';
import { unknownReviewer } from '../http/reviewer-name';
import { CatalogueCache } from './catalogue-cache';
import { ReviewCache } from './review-cache';

/** The long-lived part of the context: one database, one set of caches. */
export function createBaseContext(handle: DbHandle, log: Logger, production: boolean): Context {
  const catalogue = new CatalogueCache(handle);
  return { handle, catalogue, review: new ReviewCache(handle, catalogue), log, production, actor: unknownReviewer, now: () => new Date() };
}
