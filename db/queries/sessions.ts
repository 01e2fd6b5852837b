import type { DbHandle } from '../client';

export interface SessionRow {
  tokenHash: string;
  userId: number;
  method: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export function insertSession(handle: DbHandle, session: SessionRow): void {
  handle.sqlite
    .prepare(`INSERT INTO sessions (token_hash, user_id, method, created_at, last_seen_at, expires_at) VALUES (@tokenHash, @userId, @method, @createdAt, @lastSeenAt, @expiresAt)`)
    .run(session);
}

export function findSession(handle: DbHandle, tokenHash: string): SessionRow | null {
  return (
    (handle.sqlite
      .prepare(`SELECT token_hash AS tokenHash, user_id AS userId, method, created_at AS createdAt, last_seen_at AS lastSeenAt, expires_at AS expiresAt FROM sessions WHERE token_hash = ?`)
      .get(tokenHash) as SessionRow | undefined) ?? null
  );
}

export function touchSession(handle: DbHandle, tokenHash: string, at: string): void {
  handle.sqlite.prepare(`UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?`).run(at, tokenHash);
}

export function deleteSession(handle: DbHandle, tokenHash: string): void {
  handle.sqlite.prepare(`DELETE FROM sessions WHERE token_hash = ?`).run(tokenHash);
}

/** Ends every session of a user, or every other one when `except` is given. */
export function deleteUserSessions(handle: DbHandle, userId: number, except?: string): number {
  return handle.sqlite.prepare(`DELETE FROM sessions WHERE user_id = ? AND token_hash != ?`).run(userId, except ?? '').changes;
}

export function deleteExpiredSessions(handle: DbHandle, now: string, idleBefore: string): number {
  return handle.sqlite.prepare(`DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?`).run(now, idleBefore).changes;
}

export interface InviteRow {
  id: number;
  userId: number;
  expiresAt: string;
  usedAt: string | null;
}

export function insertInvite(handle: DbHandle, invite: { tokenHash: string; userId: number; createdBy: string; createdAt: string; expiresAt: string }): void {
  // A new invitation replaces any earlier unused one of the same person.
  handle.sqlite.prepare(`DELETE FROM invites WHERE user_id = ? AND used_at IS NULL`).run(invite.userId);
  handle.sqlite
    .prepare(`INSERT INTO invites (token_hash, user_id, created_by, created_at, expires_at) VALUES (@tokenHash, @userId, @createdBy, @createdAt, @expiresAt)`)
    .run(invite);
}

export function findInvite(handle: DbHandle, tokenHash: string): InviteRow | null {
  return (
    (handle.sqlite.prepare(`SELECT id, user_id AS userId, expires_at AS expiresAt, used_at AS usedAt FROM invites WHERE token_hash = ?`).get(tokenHash) as InviteRow | undefined) ?? null
  );
}

/** Marks an invite used; false when it already was (two tabs accepting at once). */
export function useInvite(handle: DbHandle, id: number, at: string): boolean {
  return handle.sqlite.prepare(`UPDATE invites SET used_at = ? WHERE id = ? AND used_at IS NULL`).run(at, id).changes === 1;
}

export function pendingInviteExpiry(handle: DbHandle, userId: number): string | null {
  return (handle.sqlite.prepare(`SELECT max(expires_at) FROM invites WHERE user_id = ? AND used_at IS NULL`).pluck().get(userId) as string | null) ?? null;
}
