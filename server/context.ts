import type { Logger } from 'pino';
import type { DbHandle } from '../db/client';
import type { UserRecord } from '../db/queries/users';
import type { AuthService } from './auth/auth-service';
import type { JobRegistry } from './jobs/job-registry';
import type { CatalogueCache } from './services/catalogue-cache';
import type { ReviewCache } from './services/review-cache';

/** What every procedure may use; tests build it without HTTP. */
export interface Context {
  handle: DbHandle;
  catalogue: CatalogueCache;
  review: ReviewCache;
  auth: AuthService;
  /** Long work started from the UI (imports, exports), polled for progress. */
  jobs: JobRegistry;
  log: Logger;
  production: boolean;
  /** The signed-in person, or null. */
  user: UserRecord | null;
  /** The hash of the current session's token, when signed in with a cookie. */
  sessionHash: string | null;
  /** The name written into decisions, comments and history: the signed-in person's. */
  actor: string;
  /** The client's address as the socket says (no forwarding headers trusted), for rate limits. */
  clientAddress: string;
  /** Adds a Set-Cookie header to the answer (a no-op outside HTTP). */
  setCookie: (cookie: string) => void;
  /** The clock, passed in so tests can fix it. */
  now: () => Date;
}
