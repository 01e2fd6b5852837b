import { Router } from 'express';
import type { Logger } from 'pino';
import { writeTransaction, type DbHandle } from '../../../db/client';
import { bindSubject, findUserByEmail, findUserById, findUserIdBySubject, subjectOf, type UserRecord } from '../../../db/queries/users';
import type { AuthService } from '../auth-service';
import { hostCookie, oidcStateCookieName, readCookie, readSessionCookie, sessionCookie } from '../session-cookie';
import { IdTokenError, type IdTokenClaims } from './id-token';
import { emailOf, subjectKey, type OidcClient } from './oidc-client';

/**
 * The account of an ID token: the one bound to its subject; at a first sign-in, the invited
 * account of its (trusted) email, which is then bound to the subject — so later sign-ins
 * match on the subject alone, and another identity with the same email cannot take it over.
 */
function accountFor(handle: DbHandle, claims: IdTokenClaims, trustEmailClaims: boolean): { user: UserRecord | null; reason: string } {
  const subject = subjectKey(claims);
  const boundId = findUserIdBySubject(handle, subject);
  if (boundId !== null) {
    const bound = findUserById(handle, boundId);
    return bound?.active ? { user: bound, reason: '' } : { user: null, reason: 'account not active' };
  }
  const email = emailOf(claims, trustEmailClaims);
  if (!email) return { user: null, reason: 'no verified email in the token' };
  const invited = findUserByEmail(handle, email);
  if (!invited || !invited.active) return { user: null, reason: 'no active account for the email' };
  if (subjectOf(handle, invited.id) !== null) return { user: null, reason: 'the account belongs to another identity' };
  if (!writeTransaction(handle, () => bindSubject(handle, invited.id, subject))) return { user: null, reason: 'the account was bound meanwhile' };
  return { user: invited, reason: '' };
}

/**
 * Sign-in through the county's identity provider: /auth/oidc/start sends the browser there,
 * /auth/oidc/callback comes back with a code. Only people who already have an active
 * account (invited by a manager) get in (see accountFor); their role stays Linkkipaja's.
 * Either way the browser lands on the app; a refusal shows on the sign-in page.
 */
export function oidcRoutes(deps: { client: OidcClient; auth: AuthService; handle: DbHandle; log: Logger; now: () => Date }): Router {
  const router = Router();
  router.get('/start', async (_req, res) => {
    try {
      const { url, state } = await deps.client.start(deps.now());
      res.append('Set-Cookie', hostCookie(oidcStateCookieName, state, 600));
      res.redirect(302, url);
    } catch (error) {
      deps.log.error({ err: error, event: 'oidc_start_failed' }, 'single sign-on could not start');
      res.redirect(302, '/?signin=unavailable');
    }
  });
  router.get('/callback', async (req, res) => {
    res.append('Set-Cookie', hostCookie(oidcStateCookieName, '', 0));
    const state = typeof req.query['state'] === 'string' ? req.query['state'] : '';
    const code = typeof req.query['code'] === 'string' ? req.query['code'] : '';
    if (!state || !code) {
      deps.log.warn({ event: 'sign_in_failed', method: 'oidc', reason: typeof req.query['error'] === 'string' ? req.query['error'].slice(0, 100) : 'no code' }, 'single sign-on refused');
      res.redirect(302, '/?signin=failed');
      return;
    }
    try {
      const claims = await deps.client.finish({ state, cookieState: readCookie(req.headers.cookie, oidcStateCookieName), code, now: deps.now() });
      const found = accountFor(deps.handle, claims, deps.client.settings.trustEmailClaims ?? false);
      if (!found.user) {
        deps.log.warn({ event: 'sign_in_failed', method: 'oidc', reason: found.reason, subject: claims.sub }, 'single sign-on: no account');
        res.redirect(302, '/?signin=no-account');
        return;
      }
      const user = found.user;
      const started = deps.auth.startSession(user.id, 'oidc', deps.now());
      const old = readSessionCookie(req.headers.cookie);
      if (old) deps.auth.signOutToken(old);
      res.append('Set-Cookie', sessionCookie(started.token, started.maxAgeSeconds));
      deps.log.info({ event: 'sign_in', method: 'oidc', userId: user.id }, 'signed in');
      res.redirect(302, '/');
    } catch (error) {
      const known = error instanceof IdTokenError;
      deps.log.warn({ event: 'sign_in_failed', method: 'oidc', reason: known ? error.message : 'error', ...(known ? {} : { err: error }) }, 'single sign-on refused');
      res.redirect(302, '/?signin=failed');
    }
  });
  return router;
}
