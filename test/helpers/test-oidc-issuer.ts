import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';

/** What the next ID token says, and how it may be broken on purpose. */
export interface NextIdentity {
  email?: string;
  sub?: string;
  /** Overrides or additions to the claims (e.g. aud, exp, iss). */
  claims?: Record<string, unknown>;
  /** Sign with this algorithm header ('none' sends no signature). */
  alg?: 'RS256' | 'none';
  /** Sign with a key that is not in the JWKS. */
  foreignKey?: boolean;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  nonce: string;
  challenge: string;
  identity: NextIdentity;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A local OpenID Connect provider for tests: discovery, an authorization endpoint that
 * approves at once (redirecting back with a code), a token endpoint that checks the client
 * secret, the redirect URI and PKCE, and a JWKS. The test says who signs in next.
 */
export async function startTestIssuer(client: { id: string; secret: string }): Promise<{
  issuer: string;
  next: (identity: NextIdentity) => void;
  tokenRequests: () => number;
  close: () => Promise<void>;
}> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const codes = new Map<string, IssuedCode>();
  let identity: NextIdentity = {};
  let tokenCount = 0;
  let issuer = '';
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.get('/.well-known/openid-configuration', (_req, res) =>
    res.json({ issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks`, id_token_signing_alg_values_supported: ['RS256'] }),
  );
  app.get('/jwks', (_req, res) => res.json({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] }));
  app.get('/authorize', (req, res) => {
    const q = req.query as Record<string, string>;
    if (q['client_id'] !== client.id || q['response_type'] !== 'code' || q['code_challenge_method'] !== 'S256') {
      res.status(400).send('bad authorization request');
      return;
    }
    const code = `code-${codes.size + 1}-${Math.random().toString(36).slice(2)}`;
    codes.set(code, { clientId: q['client_id'], redirectUri: q['redirect_uri'] ?? '', nonce: q['nonce'] ?? '', challenge: q['code_challenge'] ?? '', identity });
    const back = new URL(q['redirect_uri'] ?? '');
    back.search = new URLSearchParams({ code, state: q['state'] ?? '' }).toString();
    res.redirect(302, back.toString());
  });
  app.post('/token', (req, res) => {
    tokenCount += 1;
    const auth = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
    const body = req.body as Record<string, string>;
    const issued = codes.get(body['code'] ?? '');
    codes.delete(body['code'] ?? '');
    const verifierOk = issued && createHash('sha256').update(body['code_verifier'] ?? '').digest('base64url') === issued.challenge;
    if (auth !== `${client.id}:${client.secret}` || !issued || body['redirect_uri'] !== issued.redirectUri || !verifierOk) {
      res.status(400).json({ error: 'invalid_grant' });
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: issuer, aud: client.id, sub: issued.identity.sub ?? 'subject-1', iat: now, exp: now + 300, nonce: issued.nonce, ...(issued.identity.email ? { email: issued.identity.email } : {}), ...issued.identity.claims };
    const alg = issued.identity.alg ?? 'RS256';
    const head = b64({ alg, kid: 'test-key', typ: 'JWT' });
    const payload = b64(claims);
    const key: KeyObject = issued.identity.foreignKey ? foreign : privateKey;
    const signature = alg === 'none' ? '' : sign('sha256', Buffer.from(`${head}.${payload}`), key).toString('base64url');
    res.json({ access_token: 'unused', token_type: 'Bearer', id_token: `${head}.${payload}.${signature}` });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    next: (value) => (identity = value),
    tokenRequests: () => tokenCount,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
