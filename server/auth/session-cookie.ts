/**
 * The session cookie: `__Host-` prefixed (Secure, Path=/, no Domain), HttpOnly and
 * SameSite=Lax. Browsers treat localhost as a secure context, so it works in development too.
 */
export const sessionCookieName = '__Host-linkkipaja-session';

export function sessionCookie(token: string, maxAgeSeconds: number): string {
  return `${sessionCookieName}=${token}; Path=/; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; HttpOnly; Secure; SameSite=Lax`;
}

export function clearedSessionCookie(): string {
  return `${sessionCookieName}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;
}

/** The session token from a Cookie header, if any. */
export function readSessionCookie(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === sessionCookieName) return part.slice(eq + 1).trim();
  }
  return null;
}
