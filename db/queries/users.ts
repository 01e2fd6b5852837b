import type { Role } from '../../shared/domain/permissions';
import type { DbHandle } from '../client';

export interface UserRecord {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  topics: string[];
  workshopIds: number[];
  createdAt: string;
  deactivatedAt: string | null;
  version: number;
  /** Whether the account has a password (false until an invite is accepted). */
  hasPassword: boolean;
  /** Whether sign-in asks for a one-time code (TOTP) after the password. */
  totpEnabled: boolean;
}

interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: number;
  createdAt: string;
  deactivatedAt: string | null;
  version: number;
  hasPassword: number;
  totpEnabled: number;
}

const userColumns = `id, email, name, role, active, created_at AS createdAt, deactivated_at AS deactivatedAt, version, password_hash IS NOT NULL AS hasPassword, totp_secret IS NOT NULL AS totpEnabled`;

function withMemberships(handle: DbHandle, rows: UserRow[]): UserRecord[] {
  const topics = handle.sqlite.prepare(`SELECT topic FROM user_topics WHERE user_id = ? ORDER BY topic`).pluck();
  const workshops = handle.sqlite.prepare(`SELECT workshop_id FROM workshop_participants WHERE user_id = ? ORDER BY workshop_id`).pluck();
  return rows.map((row) => ({
    ...row,
    active: row.active === 1,
    hasPassword: row.hasPassword === 1,
    totpEnabled: row.totpEnabled === 1,
    topics: topics.all(row.id) as string[],
    workshopIds: workshops.all(row.id) as number[],
  }));
}

export function findUserById(handle: DbHandle, id: number): UserRecord | null {
  const row = handle.sqlite.prepare(`SELECT ${userColumns} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
  return row ? withMemberships(handle, [row])[0]! : null;
}

export function findUserByEmail(handle: DbHandle, email: string): (UserRecord & { passwordHash: string | null }) | null {
  const row = handle.sqlite.prepare(`SELECT ${userColumns}, password_hash AS passwordHash FROM users WHERE email = ?`).get(email.toLowerCase()) as (UserRow & { passwordHash: string | null }) | undefined;
  if (!row) return null;
  const { passwordHash, ...rest } = row;
  return { ...withMemberships(handle, [rest])[0]!, passwordHash };
}

export function passwordHashOf(handle: DbHandle, userId: number): string | null {
  return (handle.sqlite.prepare(`SELECT password_hash FROM users WHERE id = ?`).pluck().get(userId) as string | null | undefined) ?? null;
}

export function listUsers(handle: DbHandle): UserRecord[] {
  return withMemberships(handle, handle.sqlite.prepare(`SELECT ${userColumns} FROM users ORDER BY active DESC, name COLLATE NOCASE, id`).all() as UserRow[]);
}

export function countUsers(handle: DbHandle): number {
  return handle.sqlite.prepare(`SELECT count(*) FROM users`).pluck().get() as number;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  topics: readonly string[];
  passwordHash: string | null;
  createdBy: string;
  createdAt: string;
}

/** Adds a user (call inside a write transaction); returns its id. */
export function insertUser(handle: DbHandle, user: NewUser): number {
  const id = Number(
    handle.sqlite
      .prepare(`INSERT INTO users (email, name, role, active, password_hash, created_at, created_by) VALUES (?, ?, ?, 1, ?, ?, ?)`)
      .run(user.email.toLowerCase(), user.name, user.role, user.passwordHash, user.createdAt, user.createdBy).lastInsertRowid,
  );
  replaceUserTopics(handle, id, user.topics);
  return id;
}

export function replaceUserTopics(handle: DbHandle, userId: number, topics: readonly string[]): void {
  handle.sqlite.prepare(`DELETE FROM user_topics WHERE user_id = ?`).run(userId);
  const insert = handle.sqlite.prepare(`INSERT INTO user_topics (user_id, topic) VALUES (?, ?)`);
  for (const topic of new Set(topics)) insert.run(userId, topic);
}

/** Changes role, name and topics if the version is still `version`; returns whether it did. */
export function updateUser(handle: DbHandle, userId: number, version: number, change: { name: string; role: Role; topics: readonly string[] }): boolean {
  const updated = handle.sqlite.prepare(`UPDATE users SET name = ?, role = ?, version = version + 1 WHERE id = ? AND version = ?`).run(change.name, change.role, userId, version).changes;
  if (updated === 0) return false;
  replaceUserTopics(handle, userId, change.topics);
  return true;
}

export function setUserActive(handle: DbHandle, userId: number, active: boolean, now: string): void {
  handle.sqlite.prepare(`UPDATE users SET active = ?, deactivated_at = ?, version = version + 1 WHERE id = ?`).run(active ? 1 : 0, active ? null : now, userId);
}

/** A new password does not bump the version: it is not part of what the admin page edits. */
export function setPasswordHash(handle: DbHandle, userId: number, passwordHash: string): void {
  handle.sqlite.prepare(`UPDATE users SET password_hash = ? WHERE id = ?`).run(passwordHash, userId);
}

export interface TotpState {
  secret: string | null;
  pendingSecret: string | null;
  lastStep: number | null;
}

export function totpStateOf(handle: DbHandle, userId: number): TotpState {
  return handle.sqlite.prepare(`SELECT totp_secret AS secret, totp_pending_secret AS pendingSecret, totp_last_step AS lastStep FROM users WHERE id = ?`).get(userId) as TotpState;
}

/** Sets the TOTP columns given (call inside a write transaction). */
export function updateTotp(handle: DbHandle, userId: number, change: Partial<TotpState>): void {
  const current = totpStateOf(handle, userId);
  const next = { ...current, ...change };
  handle.sqlite.prepare(`UPDATE users SET totp_secret = ?, totp_pending_secret = ?, totp_last_step = ? WHERE id = ?`).run(next.secret, next.pendingSecret, next.lastStep, userId);
}

/** The account bound to a single sign-on subject (issuer + sub), if any. */
export function findUserIdBySubject(handle: DbHandle, subject: string): number | null {
  return (handle.sqlite.prepare(`SELECT id FROM users WHERE oidc_subject = ?`).pluck().get(subject) as number | undefined) ?? null;
}

export function subjectOf(handle: DbHandle, userId: number): string | null {
  return (handle.sqlite.prepare(`SELECT oidc_subject FROM users WHERE id = ?`).pluck().get(userId) as string | null | undefined) ?? null;
}

/** Binds a subject to an account that has none yet; false when it already had one. */
export function bindSubject(handle: DbHandle, userId: number, subject: string): boolean {
  return handle.sqlite.prepare(`UPDATE users SET oidc_subject = ? WHERE id = ? AND oidc_subject IS NULL`).run(subject, userId).changes === 1;
}
