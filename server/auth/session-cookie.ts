/**
 * The app's cookies: `__Host-` prefixed (Secure, Path=/, no Domain), HttpOnly and
 * SameSite=Lax. Browsers treat localhost as a secure context, so they work in development too.
 */
export const sessionCookieName = '__Host-linkkipaja-session';
/** Binds a single sign-on round trip to the browser that started it. */
export const oidcStateCookieName = '__Host-linkkipaja-oidc';

/** A Set-Cookie value for one of the app's cookies; a max age of 0 removes it. */
export function hostCookie(name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${value}; Path=/; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; HttpOnly; Secure; SameSite=Lax`;
}

export function sessionCookie(token: string, maxAgeSeconds: number): string {
  return hostCookie(sessionCookieName, token, maxAgeSeconds);
}

export function clearedSessionCookie(): string {
  return hostCookie(sessionCookieName, '', 0);
}

/** One cookie's value from a Cookie header, if any. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The session token from a Cookie header, if any. */
export function readSessionCookie(header: string | undefined): string | null {
  return readCookie(header, sessionCookieName);
}
