import type { TFunction } from 'i18next';

interface AuthErrorShape {
  message: string;
  data?: { code?: string; auth?: { reason: string; retryAfter: number } | null } | null;
}

/** A refused sign-in, invitation or password change, said in the UI language. */
export function authErrorText(t: TFunction, error: AuthErrorShape): string {
  const auth = error.data?.auth;
  if (!auth) return error.message;
  if (auth.reason === 'rate_limited') return t('auth.errors.rate_limited', { minutes: Math.max(1, Math.ceil(auth.retryAfter / 60)) });
  if (auth.reason === 'weak_password') return t('auth.errors.weak_password', { detail: error.message });
  if (auth.reason === 'code_required' || auth.reason === 'wrong_code') return t(`secondFactor.errors.${auth.reason}`);
  return t(`auth.errors.${auth.reason}`, { defaultValue: error.message });
}
