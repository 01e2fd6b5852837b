import { createHash, randomBytes } from 'node:crypto';
import { verifyIdToken, IdTokenError, type IdTokenClaims, type Jwk } from './id-token';

/** A county's identity provider (e.g. Microsoft Entra ID), from the environment. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: <app>/auth/oidc/callback. */
  redirectUri: string;
  /** The sign-in button's text, e.g. the county's name. */
  label: string;
  /**
   * Whether an unverified `email` or Entra's `preferred_username` may identify a person at
   * their first sign-in: only for a single-tenant issuer whose directory the county runs
   * (OIDC_TRUST_EMAIL=1). Otherwise only `email` with `email_verified: true` does.
   */
  trustEmailClaims?: boolean;
}

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

interface PendingSignIn {
  nonce: string;
  verifier: string;
  createdAt: number;
}

const pendingTtlMs = 10 * 60_000;
const maxPending = 10_000;
const httpTimeoutMs = 10_000;

async function getJson(url: string, init?: RequestInit): Promise<Record<string, unknown>> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(httpTimeoutMs) });
  const text = await res.text();
  if (!res.ok) throw new IdTokenError(`${init?.method ?? 'GET'} ${url} answered HTTP ${res.status}`);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new IdTokenError(`${url} did not answer JSON`);
  }
}

const random = () => randomBytes(32).toString('base64url');

/**
 * The authorization code flow with PKCE (RFC 7636) and a nonce, as a confidential client.
 * What a sign-in started with (state → nonce, PKCE verifier) stays in this process for ten
 * minutes; the browser carries only the state, in a cookie, to bind the callback to it.
 */
export class OidcClient {
  private discovery: Promise<Discovery> | null = null;
  private readonly pending = new Map<string, PendingSignIn>();

  constructor(readonly settings: OidcSettings) {}

  private discover(): Promise<Discovery> {
    this.discovery ??= getJson(`${this.settings.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`).then((doc) => {
      for (const key of ['issuer', 'authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const) {
        if (typeof doc[key] !== 'string') throw new IdTokenError(`the issuer's discovery document lacks ${key}`);
      }
      if (doc['issuer'] !== this.settings.issuer) throw new IdTokenError('the discovery document names another issuer');
      return doc as unknown as Discovery;
    });
    // A failed discovery is tried again on the next sign-in.
    this.discovery.catch(() => (this.discovery = null));
    return this.discovery;
  }

  /** Where to send the browser, and the state to keep in its cookie. */
  async start(now: Date): Promise<{ url: string; state: string }> {
    const discovery = await this.discover();
    this.sweep(now.getTime());
    const state = random();
    const entry: PendingSignIn = { nonce: random(), verifier: random(), createdAt: now.getTime() };
    this.pending.set(state, entry);
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.settings.clientId,
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      state,
      nonce: entry.nonce,
      code_challenge: createHash('sha256').update(entry.verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    return { url: url.toString(), state };
  }

  /** Exchanges the code for tokens and returns the verified ID token's claims. Each state works once. */
  async finish(input: { state: string; cookieState: string | null; code: string; now: Date }): Promise<IdTokenClaims> {
    if (!input.cookieState || input.cookieState !== input.state) throw new IdTokenError('the sign-in state does not match this browser');
    const entry = this.pending.get(input.state);
    this.pending.delete(input.state);
    if (!entry || input.now.getTime() - entry.createdAt > pendingTtlMs) throw new IdTokenError('the sign-in took too long or was already used');
    const discovery = await this.discover();
    const tokens = await getJson(discovery.token_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(this.settings.clientId)}:${encodeURIComponent(this.settings.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: input.code, redirect_uri: this.settings.redirectUri, code_verifier: entry.verifier }).toString(),
    });
    if (typeof tokens['id_token'] !== 'string') throw new IdTokenError('the token endpoint gave no ID token');
    const jwks = await getJson(discovery.jwks_uri);
    const keys = Array.isArray(jwks['keys']) ? (jwks['keys'] as Jwk[]) : [];
    return verifyIdToken(tokens['id_token'], { keys, issuer: discovery.issuer, clientId: this.settings.clientId, nonce: entry.nonce, now: input.now });
  }

  private sweep(now: number): void {
    for (const [state, entry] of this.pending) if (now - entry.createdAt > pendingTtlMs) this.pending.delete(state);
    while (this.pending.size >= maxPending) this.pending.delete(this.pending.keys().next().value as string);
  }
}

/**
 * The email an ID token vouches for, to find the invited account at a first sign-in: a
 * verified `email`; or, when the issuer's directory is trusted, `email` or Entra's
 * `preferred_username` (which the organisation sets, but the token does not mark verified).
 */
export function emailOf(claims: IdTokenClaims, trustEmailClaims = false): string | null {
  const verified = claims['email_verified'] === true || claims['email_verified'] === 'true';
  const candidates = trustEmailClaims ? [claims.email, claims.preferred_username] : verified ? [claims.email] : [];
  const value = candidates.find((c): c is string => typeof c === 'string' && /^[^\s@]+@[^\s@]+$/.test(c));
  return value ? value.toLowerCase() : null;
}

/** Who the provider says this is, for good: its issuer and the subject it gives us. */
export function subjectKey(claims: IdTokenClaims): string {
  return `${claims.iss}|${claims.sub}`;
}
