import type { DbHandle } from '../../db/client';
import { writeTransaction } from '../../db/client';
import { recordHistory } from '../../db/queries/history';
import { deleteExpiredSessions, deleteSession, deleteUserSessions, findInvite, findSession, insertInvite, insertSession, touchSession, useInvite } from '../../db/queries/sessions';
import { findUserByEmail, findUserById, passwordHashOf, setPasswordHash, totpStateOf, updateTotp, type UserRecord } from '../../db/queries/users';
import { matchTotp, newTotpSecret, otpauthUri } from './totp';
import { passwordProblem, passwordProblemMessages } from '../../shared/domain/password-policy';
import { LoginLimiter, defaultLoginLimits, type LoginLimits } from './login-limiter';
import { decoyHash, hashPassword, needsRehash, productionScrypt, verifyPassword, type ScryptParams } from './password-hash';
import { looksLikeToken, newToken, tokenHash } from './tokens';
import type { OidcSettings } from './oidc/oidc-client';

export interface AuthSettings {
  scrypt: ScryptParams;
  /** A session ends after this long without requests. */
  idleMinutes: number;
  /** …and after this long in any case. */
  absoluteHours: number;
  inviteDays: number;
  limits: LoginLimits;
  /** Single sign-on through the county's identity provider, when configured. */
  oidc?: OidcSettings;
}

export const defaultAuthSettings: AuthSettings = { scrypt: productionScrypt, idleMinutes: 120, absoluteHours: 12, inviteDays: 7, limits: defaultLoginLimits };

export type AuthFailure = 'invalid_credentials' | 'rate_limited' | 'weak_password' | 'invalid_invite' | 'wrong_password' | 'code_required' | 'wrong_code';

/** A refused sign-in, password change or invitation; `retryAfter` in seconds when rate limited. */
export class AuthError extends Error {
  constructor(
    readonly reason: AuthFailure,
    message: string,
    readonly retryAfter = 0,
  ) {
    super(message);
  }
}

export interface ResolvedSession {
  user: UserRecord;
  tokenHash: string;
  method: string;
}

export interface StartedSession {
  token: string;
  user: UserRecord;
  maxAgeSeconds: number;
}

/**
 * Local accounts and server-side sessions. `startSession` is the one way in: a future
 * single sign-on (OpenID Connect) finds or creates the user from the ID token's claims and
 * calls it with method `oidc`; nothing else changes.
 */
export class AuthService {
  private readonly limiter: LoginLimiter;
  private lastSweep = 0;

  constructor(
    private readonly handle: DbHandle,
    readonly settings: AuthSettings = defaultAuthSettings,
  ) {
    this.limiter = new LoginLimiter(settings.limits);
  }

  startSession(userId: number, method: string, now: Date): StartedSession {
    const user = findUserById(this.handle, userId);
    if (!user || !user.active) throw new AuthError('invalid_credentials', 'account is not active');
    const token = newToken();
    const maxAgeSeconds = this.settings.absoluteHours * 3600;
    writeTransaction(this.handle, () =>
      insertSession(this.handle, {
        tokenHash: tokenHash(token),
        userId,
        method,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000).toISOString(),
      }),
    );
    return { token, user, maxAgeSeconds };
  }

  /** Checks email and password, counting every attempt against the limits before the check. */
  async signIn(email: string, password: string, address: string, now: Date, code?: string | null): Promise<StartedSession> {
    const account = email.trim().toLowerCase();
    // Counted as a failure before the (asynchronous) check, so the concurrent calls of a batch see each other.
    const attemptAt = now.getTime();
    const wait = this.limiter.attempt(address, account, attemptAt);
    if (wait > 0) throw new AuthError('rate_limited', `too many failed sign-ins; try again in ${wait} s`, wait);
    const found = findUserByEmail(this.handle, account);
    // Unknown accounts cost the same hashing time, so timing does not tell which emails exist.
    const ok = await verifyPassword(password, found?.passwordHash ?? (await decoyHash(this.settings.scrypt)));
    if (!found || !found.passwordHash || !found.active || !ok) throw new AuthError('invalid_credentials', 'wrong email or password');
    if (found.totpEnabled) this.checkSecondFactor(found.id, code, address, account, attemptAt, now);
    this.limiter.recordSuccess(address, account, attemptAt);
    if (needsRehash(found.passwordHash, this.settings.scrypt)) {
      const rehashed = await hashPassword(password, this.settings.scrypt);
      writeTransaction(this.handle, () => setPasswordHash(this.handle, found.id, rehashed));
    }
    return this.startSession(found.id, 'password', now);
  }

  /**
   * The one-time code after a right password. Without a code the client is asked for one
   * (not a failure: the password was right); a wrong or reused code counts as a failure.
   */
  private checkSecondFactor(userId: number, code: string | null | undefined, address: string, account: string, attemptAt: number, now: Date): void {
    if (!code) {
      this.limiter.release(address, account, attemptAt);
      throw new AuthError('code_required', 'enter the code from your authenticator app');
    }
    const state = totpStateOf(this.handle, userId);
    const step = state.secret ? matchTotp(state.secret, code, now, state.lastStep) : null;
    // A wrong code stays counted as the failed attempt it is.
    if (step === null) throw new AuthError('wrong_code', 'the code is wrong or already used');
    writeTransaction(this.handle, () => updateTotp(this.handle, userId, { lastStep: step }));
  }

  /**
   * The current password again, before a change to how one signs in. Limited like sign-in
   * (per address and account), so a borrowed session cannot be used to guess the password.
   */
  private async reauthenticate(user: UserRecord, password: string, address: string, now: Date): Promise<void> {
    const attemptAt = now.getTime();
    const account = `reauth:${user.id}`;
    const wait = this.limiter.attempt(address, account, attemptAt);
    if (wait > 0) throw new AuthError('rate_limited', `too many wrong passwords; try again in ${wait} s`, wait);
    const stored = passwordHashOf(this.handle, user.id);
    if (!stored || !(await verifyPassword(password, stored))) throw new AuthError('wrong_password', 'the current password is wrong');
    this.limiter.recordSuccess(address, account, attemptAt);
  }

  /**
   * Starts enrolling a second factor: a new secret to put in an authenticator app, pending
   * until confirmed. Needs the password, so a borrowed session cannot put its own app in.
   */
  async beginTotp(user: UserRecord, password: string, address: string, now: Date): Promise<{ secret: string; uri: string }> {
    await this.reauthenticate(user, password, address, now);
    const secret = newTotpSecret();
    writeTransaction(this.handle, () => updateTotp(this.handle, user.id, { pendingSecret: secret }));
    return { secret, uri: otpauthUri(secret, user.email) };
  }

  /** Confirms enrolment with a code from the app; from then on sign-in asks for a code. Other sessions end. */
  confirmTotp(user: UserRecord, code: string, keepSession: string, now: Date): void {
    const state = totpStateOf(this.handle, user.id);
    const step = state.pendingSecret ? matchTotp(state.pendingSecret, code, now, null) : null;
    if (step === null) throw new AuthError('wrong_code', 'the code does not match; check the app and the device clock');
    writeTransaction(this.handle, () => {
      updateTotp(this.handle, user.id, { secret: state.pendingSecret, pendingSecret: null, lastStep: step });
      deleteUserSessions(this.handle, user.id, keepSession);
      recordHistory(this.handle, { userId: user.id, userName: user.name }, now.toISOString(), [{ kind: 'user.changed', data: { userId: user.id, secondFactor: 'enabled' } }]);
    });
  }

  /** Removes the second factor after checking the password. */
  async disableTotp(user: UserRecord, password: string, address: string, now: Date): Promise<void> {
    await this.reauthenticate(user, password, address, now);
    writeTransaction(this.handle, () => {
      updateTotp(this.handle, user.id, { secret: null, pendingSecret: null, lastStep: null });
      recordHistory(this.handle, { userId: user.id, userName: user.name }, now.toISOString(), [{ kind: 'user.changed', data: { userId: user.id, secondFactor: 'removed' } }]);
    });
  }

  /** The signed-in user of a cookie token, or null (unknown, expired, idle too long, deactivated). */
  resolve(token: string | null, now: Date): ResolvedSession | null {
    if (!looksLikeToken(token)) return null;
    const hash = tokenHash(token);
    const session = findSession(this.handle, hash);
    if (!session) return null;
    const nowMs = now.getTime();
    const idleLimit = this.settings.idleMinutes * 60_000;
    if (Date.parse(session.expiresAt) <= nowMs || nowMs - Date.parse(session.lastSeenAt) >= idleLimit) {
      writeTransaction(this.handle, () => deleteSession(this.handle, hash));
      return null;
    }
    const user = findUserById(this.handle, session.userId);
    if (!user || !user.active) return null;
    // Activity is written at most once a minute: reads should not all become writes.
    if (nowMs - Date.parse(session.lastSeenAt) > 60_000) writeTransaction(this.handle, () => touchSession(this.handle, hash, now.toISOString()));
    this.sweep(now);
    return { user, tokenHash: hash, method: session.method };
  }

  signOut(hash: string): void {
    writeTransaction(this.handle, () => deleteSession(this.handle, hash));
  }

  /** Ends the session of a cookie token (a browser signing in again). */
  signOutToken(token: string): void {
    if (looksLikeToken(token)) this.signOut(tokenHash(token));
  }

  /** Ends every session of a user (deactivation, password reset). */
  endAllSessions(userId: number): void {
    writeTransaction(this.handle, () => deleteUserSessions(this.handle, userId));
  }

  /** Changes the password after checking the current one; every other session of the user ends. */
  async changePassword(user: UserRecord, current: string, next: string, keepSession: string, now: Date, address = 'local'): Promise<void> {
    await this.reauthenticate(user, current, address, now);
    const problem = passwordProblem(next, [user.email, user.name]);
    if (problem) throw new AuthError('weak_password', passwordProblemMessages[problem]);
    const hash = await hashPassword(next, this.settings.scrypt);
    writeTransaction(this.handle, () => {
      setPasswordHash(this.handle, user.id, hash);
      deleteUserSessions(this.handle, user.id, keepSession);
      recordHistory(this.handle, { userId: user.id, userName: user.name }, now.toISOString(), [{ kind: 'user.password_changed', data: { userId: user.id } }]);
    });
  }

  /** A one-time invitation link token for a user (call inside the caller's transaction). */
  createInvite(userId: number, createdBy: string, now: Date): { token: string; expiresAt: string } {
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.settings.inviteDays * 86_400_000).toISOString();
    insertInvite(this.handle, { tokenHash: tokenHash(token), userId, createdBy, createdAt: now.toISOString(), expiresAt });
    return { token, expiresAt };
  }

  /** Who an invitation is for, if it is still valid. */
  inviteUser(token: string, now: Date): UserRecord | null {
    if (!looksLikeToken(token)) return null;
    const invite = findInvite(this.handle, tokenHash(token));
    if (!invite || invite.usedAt || Date.parse(invite.expiresAt) <= now.getTime()) return null;
    const user = findUserById(this.handle, invite.userId);
    return user?.active ? user : null;
  }

  /** Sets the password from an invitation (once) and signs the person in. */
  async acceptInvite(token: string, password: string, now: Date): Promise<StartedSession> {
    const user = this.inviteUser(token, now);
    if (!user) throw new AuthError('invalid_invite', 'the invitation link is not valid (used, expired or unknown)');
    const problem = passwordProblem(password, [user.email, user.name]);
    if (problem) throw new AuthError('weak_password', passwordProblemMessages[problem]);
    const hash = await hashPassword(password, this.settings.scrypt);
    const invite = findInvite(this.handle, tokenHash(token))!;
    writeTransaction(this.handle, () => {
      if (!useInvite(this.handle, invite.id, now.toISOString())) throw new AuthError('invalid_invite', 'the invitation link was already used');
      setPasswordHash(this.handle, user.id, hash);
      // A new link from a manager is also how a lost authenticator is recovered: enrol again.
      updateTotp(this.handle, user.id, { secret: null, pendingSecret: null, lastStep: null });
      deleteUserSessions(this.handle, user.id);
      recordHistory(this.handle, { userId: user.id, userName: user.name }, now.toISOString(), [{ kind: 'user.password_changed', data: { userId: user.id, invite: true } }]);
    });
    return this.startSession(user.id, 'password', now);
  }

  /** Removes ended sessions now and then. */
  private sweep(now: Date): void {
    if (now.getTime() - this.lastSweep < 3_600_000) return;
    this.lastSweep = now.getTime();
    const idleBefore = new Date(now.getTime() - this.settings.idleMinutes * 60_000).toISOString();
    writeTransaction(this.handle, () => deleteExpiredSessions(this.handle, now.toISOString(), idleBefore));
  }
}
