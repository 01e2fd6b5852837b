import { randomBytes } from 'node:crypto';
import { writeTransaction, type DbHandle } from '../../db/client';
import { recordHistory, type HistoryActor } from '../../db/queries/history';
import { countUsers, findUserByEmail, insertUser } from '../../db/queries/users';
import { passwordProblem, passwordProblemMessages } from '../../shared/domain/password-policy';
import type { Role } from '../../shared/domain/permissions';
import { emailSchema, personNameSchema } from '../../shared/schemas/people-api';
import { UserError } from '../user-error';
import type { AuthService } from './auth-service';
import { hashPassword, productionScrypt, type ScryptParams } from './password-hash';

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  topics?: readonly string[];
}

function checked(account: NewAccount): NewAccount {
  const email = emailSchema.safeParse(account.email);
  if (!email.success) throw new UserError(`"${account.email}" is not an email address`);
  const name = personNameSchema.safeParse(account.name);
  if (!name.success) throw new UserError('a name of 1 to 80 characters is needed');
  return { ...account, email: email.data, name: name.data };
}

/** Creates an account with a password (first manager from the environment, demo accounts, tests). */
export async function createAccountWithPassword(handle: DbHandle, account: NewAccount, password: string, createdBy: string, params: ScryptParams = productionScrypt): Promise<number> {
  const valid = checked(account);
  const problem = passwordProblem(password, [valid.email, valid.name]);
  if (problem) throw new UserError(passwordProblemMessages[problem]);
  if (findUserByEmail(handle, valid.email)) throw new UserError(`an account for ${valid.email} already exists`);
  const passwordHash = await hashPassword(password, params);
  const at = new Date().toISOString();
  return writeTransaction(handle, () => {
    const id = insertUser(handle, { ...valid, topics: valid.topics ?? [], passwordHash, createdBy, createdAt: at });
    recordHistory(handle, { userId: null, userName: createdBy }, at, [{ kind: 'user.created', data: { userId: id, email: valid.email, role: valid.role } }]);
    return id;
  });
}

/** Creates an account without a password and returns a one-time invitation link token. */
export function createAccountWithInvite(handle: DbHandle, auth: AuthService, account: NewAccount, by: string | HistoryActor, now: Date): { id: number; token: string; expiresAt: string } {
  const actor: HistoryActor = typeof by === 'string' ? { userId: null, userName: by } : by;
  const createdBy = actor.userName;
  const valid = checked(account);
  if (findUserByEmail(handle, valid.email)) throw new UserError(`an account for ${valid.email} already exists`);
  const at = now.toISOString();
  return writeTransaction(handle, () => {
    const id = insertUser(handle, { ...valid, topics: valid.topics ?? [], passwordHash: null, createdBy, createdAt: at });
    const invite = auth.createInvite(id, createdBy, now);
    recordHistory(handle, actor, at, [{ kind: 'user.created', data: { userId: id, email: valid.email, role: valid.role, invited: true } }]);
    return { id, ...invite };
  });
}

/**
 * The first manager, from LINKKIPAJA_ADMIN_EMAIL and LINKKIPAJA_ADMIN_PASSWORD, when the
 * database has no accounts yet. Never a built-in password.
 */
export async function ensureFirstManager(handle: DbHandle, env: { email?: string | undefined; password?: string | undefined; name?: string | undefined }): Promise<'created' | 'exists' | 'none'> {
  if (countUsers(handle) > 0) return 'exists';
  if (!env.email || !env.password) return 'none';
  try {
    await createAccountWithPassword(handle, { email: env.email, name: env.name ?? env.email.split('@')[0]!, role: 'manager' }, env.password, 'first start');
  } catch (error) {
    // Say which setting to fix: the start-up stops on this message.
    if (error instanceof UserError) throw new UserError(`LINKKIPAJA_ADMIN_EMAIL / LINKKIPAJA_ADMIN_PASSWORD: ${error.message}`);
    throw error;
  }
  return 'created';
}

/** A random password that passes the policy, for demo accounts. */
export function randomPassword(): string {
  return randomBytes(15).toString('base64url');
}
