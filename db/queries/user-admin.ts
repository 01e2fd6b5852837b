import type { DbHandle } from '../client';

/** Reads for the users admin page and the account page (the user rows are in users.ts). */

export function countActiveManagers(handle: DbHandle): number {
  return handle.sqlite.prepare(`SELECT count(*) FROM users WHERE role = 'manager' AND active = 1`).pluck().get() as number;
}

/** The latest change to a user's account (by a manager, or their own password): who and when, for a conflict message. */
export function lastAccountChange(handle: DbHandle, userId: number): { userName: string; at: string } | null {
  const row = handle.sqlite
    .prepare(
      `SELECT user_name AS userName, at FROM history_events
       WHERE kind IN ('user.changed', 'user.deactivated', 'user.reactivated', 'user.password_changed') AND json_extract(data, '$.userId') = ?
       ORDER BY id DESC LIMIT 1`,
    )
    .get(userId) as { userName: string; at: string } | undefined;
  return row ?? null;
}

export interface WorkshopOfUser {
  id: number;
  name: string;
  date: string;
}

/** The workshops a person takes part in, the latest first. */
export function workshopsOfUser(handle: DbHandle, userId: number): WorkshopOfUser[] {
  return handle.sqlite
    .prepare(
      `SELECT w.id, w.name, w.date FROM workshops w JOIN workshop_participants p ON p.workshop_id = w.id
       WHERE p.user_id = ? ORDER BY w.date DESC, w.id`,
    )
    .all(userId) as WorkshopOfUser[];
}
