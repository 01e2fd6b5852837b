import { writeTransaction, type DbHandle } from '../../db/client';
import { findUserById, insertUser, type UserRecord } from '../../db/queries/users';
import type { Role } from '../../shared/domain/permissions';

/** Finds or creates a user by name (no password): tests acting as someone without signing in. */
export function userNamed(handle: DbHandle, name: string, role: Role = 'manager', topics: readonly string[] = []): UserRecord {
  const email = `${name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '')}.${role}@test.invalid`;
  const existing = handle.sqlite.prepare(`SELECT id FROM users WHERE email = ?`).pluck().get(email) as number | undefined;
  const id = existing ?? writeTransaction(handle, () => insertUser(handle, { email, name, role, topics, passwordHash: null, createdBy: 'test', createdAt: '2026-11-20T10:00:00.000Z' }));
  return findUserById(handle, id)!;
}

/** The user as it is now in the database (memberships change after workshops are edited). */
export function reloadUser(handle: DbHandle, user: UserRecord): UserRecord {
  return findUserById(handle, user.id)!;
}
