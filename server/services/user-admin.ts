import { recordHistory } from '../../db/queries/history';
import { pendingInviteExpiry } from '../../db/queries/sessions';
import { countActiveManagers, lastAccountChange } from '../../db/queries/user-admin';
import { findUserById, listUsers, setUserActive, updateUser, type UserRecord } from '../../db/queries/users';
import { DomainError } from '../../shared/domain/domain-error';
import type { Role } from '../../shared/domain/permissions';
import { createAccountWithInvite } from '../auth/accounts';
import type { Context } from '../context';
import { historyActor } from './history-actor';
import { trackedWrite } from './tracked-write';

/**
 * What a manager does to people's accounts: invite, change role and topics, deactivate,
 * reactivate and send a new link. Every write is one transaction with its history event;
 * none touches approved decisions, so no article's review is recomputed.
 */

type SignedIn = Context & { user: UserRecord };

/** `invited`: no password yet and a valid link; `inviteExpired`: no password and no valid link. */
export type AccountStatus = 'active' | 'invited' | 'inviteExpired' | 'deactivated';

export function accountStatus(user: Pick<UserRecord, 'active' | 'hasPassword'>, validLinkUntil: string | null): AccountStatus {
  if (!user.active) return 'deactivated';
  if (user.hasPassword) return 'active';
  return validLinkUntil ? 'invited' : 'inviteExpired';
}

/** The link's path; the token is in the fragment, which browsers never send, so no server log sees it. */
export const invitePath = (token: string): string => `/invite#${token}`;

function accountRow(ctx: Context, user: UserRecord, now: Date) {
  const expiry = pendingInviteExpiry(ctx.handle, user.id);
  const validLinkUntil = expiry && Date.parse(expiry) > now.getTime() ? expiry : null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    topics: user.topics,
    active: user.active,
    status: accountStatus(user, validLinkUntil),
    /** When the unused invitation link ends (also for a password reset link of an active account). */
    validLinkUntil,
    createdAt: user.createdAt,
    deactivatedAt: user.deactivatedAt,
    workshopCount: user.workshopIds.length,
    version: user.version,
  };
}
export type AccountRow = ReturnType<typeof accountRow>;

/** Every account, active ones first, with role, topics and invitation state. */
export function listAccounts(ctx: Context): AccountRow[] {
  const now = ctx.now();
  return listUsers(ctx.handle).map((user) => accountRow(ctx, user, now));
}

// Topics only mean something for a lead; others keep none, so a later change to lead starts clean.
function topicsFor(role: Role, topics: readonly string[]): string[] {
  return role === 'lead' ? [...new Set(topics)].sort((a, b) => a.localeCompare(b, 'fi')) : [];
}

/** Topics must be article topics; ones the person already has stay allowed after the articles change. */
function checkTopics(ctx: Context, topics: readonly string[], held: readonly string[]): void {
  const known = new Set(ctx.catalogue.get().articles.map((a) => a.topic));
  const unknown = topics.filter((t) => !known.has(t) && !held.includes(t));
  if (unknown.length > 0) throw new DomainError('INVALID_INPUT', `unknown topics: ${unknown.join(', ')} (a topic must be one of the imported articles' topics)`);
}

function requireUser(ctx: Context, id: number): UserRecord {
  const user = findUserById(ctx.handle, id);
  if (!user) throw new DomainError('NOT_FOUND', `no account with id ${id}`);
  return user;
}

function lastManagerError(user: UserRecord): DomainError {
  return new DomainError('INVALID_INPUT', `${user.name} is the last active manager; make someone else a manager first`);
}

function conflict(ctx: Context, user: UserRecord): DomainError {
  const last = lastAccountChange(ctx.handle, user.id);
  const by = last ? ` by ${last.userName} (${last.at})` : '';
  const details = last ? { changes: [{ by: last.userName, at: last.at, what: 'user.changed' }] } : undefined;
  return new DomainError('CONFLICT', `the account of ${user.name} was changed${by} after you opened it; check it and make your change again`, details);
}

/** A new account without a password, and its one-time invitation link. */
export function inviteAccount(ctx: SignedIn, input: { email: string; name: string; role: Role; topics: readonly string[] }) {
  const now = ctx.now();
  const topics = topicsFor(input.role, input.topics);
  checkTopics(ctx, topics, []);
  return trackedWrite(ctx, [], () => {
    // createAccountWithInvite records 'user.created'; its transaction nests in this one.
    const created = createAccountWithInvite(ctx.handle, ctx.auth, { ...input, topics }, historyActor(ctx), now);
    recordHistory(ctx.handle, historyActor(ctx), now.toISOString(), [{ kind: 'user.invited', data: { userId: created.id, email: input.email, expiresAt: created.expiresAt } }]);
    return { id: created.id, invitePath: invitePath(created.token), expiresAt: created.expiresAt };
  });
}

/** Changes name, role and topics if nobody changed the account since `version`. */
export function updateAccount(ctx: SignedIn, input: { id: number; version: number; name: string; role: Role; topics: readonly string[] }): AccountRow {
  const now = ctx.now();
  return trackedWrite(ctx, [], () => {
    const before = requireUser(ctx, input.id);
    if (before.version !== input.version) throw conflict(ctx, before);
    const topics = topicsFor(input.role, input.topics);
    checkTopics(ctx, topics, before.topics);
    const unchanged = before.name === input.name && before.role === input.role && before.topics.join('\n') === topics.join('\n');
    if (unchanged) return accountRow(ctx, before, now);
    if (before.active && before.role === 'manager' && input.role !== 'manager' && countActiveManagers(ctx.handle) <= 1) throw lastManagerError(before);
    if (!updateUser(ctx.handle, before.id, input.version, { name: input.name, role: input.role, topics })) throw conflict(ctx, before);
    recordHistory(ctx.handle, historyActor(ctx), now.toISOString(), [
      {
        kind: 'user.changed',
        data: { userId: before.id, before: { name: before.name, role: before.role, topics: before.topics }, after: { name: input.name, role: input.role, topics } },
      },
    ]);
    return accountRow(ctx, requireUser(ctx, before.id), now);
  });
}

/**
 * Deactivates an account and ends its sessions at once. The row stays, so the person's name
 * stays in history, decisions and comments. Deactivating an inactive account changes nothing.
 */
export function deactivateAccount(ctx: SignedIn, id: number): AccountRow {
  if (id === ctx.user.id) throw new DomainError('INVALID_INPUT', 'you cannot deactivate your own account; ask another manager');
  const now = ctx.now();
  return trackedWrite(ctx, [], () => {
    const user = requireUser(ctx, id);
    if (!user.active) return accountRow(ctx, user, now);
    if (user.role === 'manager' && countActiveManagers(ctx.handle) <= 1) throw lastManagerError(user);
    setUserActive(ctx.handle, id, false, now.toISOString());
    ctx.auth.endAllSessions(id);
    recordHistory(ctx.handle, historyActor(ctx), now.toISOString(), [{ kind: 'user.deactivated', data: { userId: id, name: user.name, email: user.email } }]);
    return accountRow(ctx, requireUser(ctx, id), now);
  });
}

/** Lets a deactivated person sign in again (with their old password, or a new link). */
export function reactivateAccount(ctx: SignedIn, id: number): AccountRow {
  const now = ctx.now();
  return trackedWrite(ctx, [], () => {
    const user = requireUser(ctx, id);
    if (user.active) return accountRow(ctx, user, now);
    setUserActive(ctx.handle, id, true, now.toISOString());
    recordHistory(ctx.handle, historyActor(ctx), now.toISOString(), [{ kind: 'user.reactivated', data: { userId: id, name: user.name, email: user.email } }]);
    return accountRow(ctx, requireUser(ctx, id), now);
  });
}

/**
 * A new one-time link for an account (a forgotten password): earlier unused links stop
 * working and the person's sessions end. Their old password works until the link is used.
 */
export function reinviteAccount(ctx: SignedIn, id: number) {
  if (id === ctx.user.id) throw new DomainError('INVALID_INPUT', 'change your own password on your account page instead');
  const now = ctx.now();
  return trackedWrite(ctx, [], () => {
    const user = requireUser(ctx, id);
    if (!user.active) throw new DomainError('INVALID_INPUT', `the account of ${user.name} is deactivated; reactivate it first`);
    const invite = ctx.auth.createInvite(id, ctx.actor, now);
    ctx.auth.endAllSessions(id);
    recordHistory(ctx.handle, historyActor(ctx), now.toISOString(), [{ kind: 'user.invited', data: { userId: id, email: user.email, expiresAt: invite.expiresAt, again: true } }]);
    return { id, invitePath: invitePath(invite.token), expiresAt: invite.expiresAt };
  });
}
