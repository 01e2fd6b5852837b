import type { Logger } from 'pino';
import type { DbHandle } from '../db/client';
import type { CatalogueCache } from './services/catalogue-cache';
import type { ReviewCache } from './services/review-cache';

/** What every procedure may use; tests build it without HTTP. */
export interface Context {
  handle: DbHandle;
  catalogue: CatalogueCache;
  review: ReviewCache;
  log: Logger;
  production: boolean;
  /** Who is acting, as the reviewer named themselves (sign-in replaces this). */
  actor: string;
  /** The clock, passed in so tests can fix it. */
  now: () => Date;
}
