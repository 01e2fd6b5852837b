import type { Logger } from 'pino';
import type { DbHandle } from '../../db/client';
import type { UserRecord } from '../../db/queries/users';
import { AuthService, defaultAuthSettings, type AuthSettings } from '../auth/auth-service';
import type { Context } from '../context';
import { JobRegistry } from '../jobs/job-registry';
import { ImportError } from '../import/import-error';
import { UserError } from '../user-error';
import { DomainError } from '../../shared/domain/domain-error';
import { CatalogueCache } from './catalogue-cache';
import { ReviewCache } from './review-cache';

/** The long-lived part of the context: one database, one set of caches, one session service. */
export function createBaseContext(handle: DbHandle, log: Logger, production: boolean, authSettings: AuthSettings = defaultAuthSettings): Context {
  const catalogue = new CatalogueCache(handle);
  return {
    handle,
    catalogue,
    review: new ReviewCache(handle, catalogue),
    auth: new AuthService(handle, authSettings),
    jobs: new JobRegistry(
      () => new Date(),
      (error) => {
        // Known errors say what and where; anything else is logged and answered generically.
        if (error instanceof UserError || error instanceof ImportError || error instanceof DomainError) return error.message;
        log.error({ err: error }, 'job failed');
        return 'Internal error';
      },
    ),
    log,
    production,
    user: null,
    sessionHash: null,
    actor: 'anonymous',
    clientAddress: 'local',
    setCookie: () => undefined,
    now: () => new Date(),
  };
}

/** The same context acting as `user` (a request after its session was resolved). */
export function asUser(base: Context, user: UserRecord | null, sessionHash: string | null = null): Context {
  return { ...base, user, sessionHash, actor: user?.name ?? 'anonymous' };
}
