import { commonPasswords } from './common-passwords';

/**
 * What a new password must be (ASVS 6.2): 8 to 128 characters, no composition rules,
 * not a commonly used password, not the account's own email or name.
 */
export const passwordLength = { min: 8, max: 128 } as const;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'personal';

export function passwordProblem(password: string, personal: readonly string[] = []): PasswordProblem | null {
  const length = [...password].length;
  if (length < passwordLength.min) return 'too_short';
  if (length > passwordLength.max) return 'too_long';
  const folded = password.toLowerCase().normalize('NFC');
  if (commonPasswords.has(folded)) return 'common';
  const parts = personal.flatMap((p) => [p.toLowerCase(), p.toLowerCase().split('@')[0] ?? '']).filter((p) => p.length >= 4);
  if (parts.some((p) => folded === p || folded.replace(/\d+$/, '') === p)) return 'personal';
  return null;
}

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  too_short: `password must be at least ${passwordLength.min} characters`,
  too_long: `password must be at most ${passwordLength.max} characters`,
  common: 'password is one of the most commonly used passwords',
  personal: 'password must not be your email or name',
};
