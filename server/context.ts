import type { Logger } from 'pino';
import type { DbHandle } from '../db/client';
import type { CatalogueCache } from './services/catalogue-cache';

/** What every procedure may use; tests build it without HTTP. */
export interface Context {
  handle: DbHandle;
  catalogue: CatalogueCache;
  log: Logger;
  production: boolean;
}
