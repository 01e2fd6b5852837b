import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';

/** Why an ID token was refused; the message is for the log, never shown with token contents. */
export class IdTokenError extends Error {}

export interface IdTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  nonce?: string;
  email?: string;
  preferred_username?: string;
  name?: string;
  [claim: string]: unknown;
}

export interface Jwk extends JsonWebKey {
  kid?: string;
  kty: string;
  alg?: string;
  use?: string;
}

const algorithms: Record<string, { hash: string; kty: string }> = {
  RS256: { hash: 'sha256', kty: 'RSA' },
  ES256: { hash: 'sha256', kty: 'EC' },
};

function decodePart(part: string | undefined, what: string): Record<string, unknown> {
  if (!part) throw new IdTokenError(`ID token has no ${what}`);
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new IdTokenError(`ID token ${what} is not JSON`);
  }
}

/**
 * Verifies an ID token (compact JWS) as OpenID Connect Core 3.1.3.7 asks: an allowed
 * algorithm (never "none"), the signature by a key of the issuer's JWKS, the issuer, the
 * audience, expiry (with a little clock skew), and the nonce this sign-in sent.
 */
export function verifyIdToken(token: string, options: { keys: readonly Jwk[]; issuer: string; clientId: string; nonce: string; now: Date; skewSeconds?: number }): IdTokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new IdTokenError('ID token is not a compact JWS');
  const header = decodePart(parts[0], 'header');
  const claims = decodePart(parts[1], 'payload') as Partial<IdTokenClaims>;
  const alg = typeof header['alg'] === 'string' ? header['alg'] : '';
  const algorithm = algorithms[alg];
  if (!algorithm) throw new IdTokenError(`ID token algorithm "${alg}" is not accepted`);
  const kid = typeof header['kid'] === 'string' ? header['kid'] : undefined;
  const candidates = options.keys.filter((k) => k.kty === algorithm.kty && (kid === undefined || k.kid === kid) && (k.use === undefined || k.use === 'sig'));
  if (candidates.length === 0) throw new IdTokenError(`no signing key${kid ? ` "${kid}"` : ''} in the issuer's key set`);
  const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
  const signature = Buffer.from(parts[2]!, 'base64url');
  const valid = candidates.some((jwk) => {
    try {
      const key = createPublicKey({ key: jwk, format: 'jwk' });
      return verify(algorithm.hash, signed, algorithm.kty === 'EC' ? { key, dsaEncoding: 'ieee-p1363' } : key, signature);
    } catch {
      return false;
    }
  });
  if (!valid) throw new IdTokenError('ID token signature does not verify');
  const skew = options.skewSeconds ?? 60;
  const nowSeconds = Math.floor(options.now.getTime() / 1000);
  if (claims.iss !== options.issuer) throw new IdTokenError('ID token issuer does not match');
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audience.includes(options.clientId)) throw new IdTokenError('ID token is not for this client');
  if (Array.isArray(claims.aud) && claims.aud.length > 1 && claims['azp'] !== options.clientId) throw new IdTokenError('ID token azp does not name this client');
  if (typeof claims.exp !== 'number' || claims.exp + skew <= nowSeconds) throw new IdTokenError('ID token has expired');
  if (typeof claims.iat !== 'number' || claims.iat - skew > nowSeconds) throw new IdTokenError('ID token is issued in the future');
  if (claims.nonce !== options.nonce) throw new IdTokenError('ID token nonce does not match this sign-in');
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new IdTokenError('ID token has no subject');
  return claims as IdTokenClaims;
}
