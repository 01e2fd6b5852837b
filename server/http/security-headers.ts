import type { Request, RequestHandler } from 'express';

const contentSecurityPolicy = [
  "default-src 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "object-src 'none'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'", // styled-components injects style tags
  "script-src 'self'",
  "connect-src 'self'",
].join('; ');

/** Security headers on every response; API answers are never cached. */
export const securityHeaders: RequestHandler = (req, res, next) => {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  if (req.path.startsWith('/trpc') || req.path.startsWith('/api')) res.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * Writes to /trpc must be JSON from our own origin: refuses form and multipart posts
 * (CSRF through simple requests) and cross-site requests.
 */
export const sameOriginJsonWrites: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    res.status(415).json({ error: 'only application/json is accepted' });
    return;
  }
  if (crossSiteRequest(req)) {
    res.status(403).json({ error: 'cross-origin request refused' });
    return;
  }
  next();
};

/** Whether a request comes from another site (Sec-Fetch-Site, or an Origin not ours). */
export function crossSiteRequest(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  const host = req.headers.host;
  return (typeof site === 'string' && site !== 'same-origin' && site !== 'none') || (origin !== undefined && host !== undefined && originHost(origin) !== host);
}

/** The host of an Origin header, or null for the opaque origin "null" and anything else that is not a URL. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
