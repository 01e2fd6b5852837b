import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, writeTransaction, type DbHandle } from '../../db/client';
import { insertUser, setUserActive } from '../../db/queries/users';
import { defaultAuthSettings } from '../../server/auth/auth-service';
import { createApp } from '../../server/app';
import { createBaseContext } from '../../server/services/create-context';
import { startTestIssuer } from '../helpers/test-oidc-issuer';
import type { OidcSettings } from '../../server/auth/oidc/oidc-client';

const client = { id: 'linkkipaja-test', secret: 's3cret-for-tests' };
// The provider sends the browser here; the test follows the redirect to the app itself.
const redirectUri = 'http://app.invalid/auth/oidc/callback';

let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
let handle: DbHandle;
let appUrl: string;
let closeApp: () => Promise<void>;
let dir: string;
let userId: number;
let oidcSettings: OidcSettings;

beforeAll(async () => {
  issuer = await startTestIssuer(client);
  dir = mkdtempSync(join(tmpdir(), 'lp-oidc-'));
  handle = createDb(join(dir, 'oidc.sqlite'));
  userId = writeTransaction(handle, () =>
    insertUser(handle, { email: 'leena@county.example', name: 'Leena Lead', role: 'lead', topics: ['vauva'], passwordHash: null, createdBy: 'test', createdAt: new Date().toISOString() }),
  );
  oidcSettings = { issuer: issuer.issuer, clientId: client.id, clientSecret: client.secret, redirectUri, label: 'Test county', trustEmailClaims: false };
  const context = createBaseContext(handle, pino({ level: 'silent' }), true, { ...defaultAuthSettings, oidc: oidcSettings });
  const server = createApp({ context }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeApp = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await closeApp();
  await issuer.close();
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

// Each test starts with Leena active, not yet bound to any identity, and email claims not trusted.
beforeEach(() => {
  writeTransaction(handle, () => {
    setUserActive(handle, userId, true, new Date().toISOString());
    handle.sqlite.prepare(`UPDATE users SET oidc_subject = NULL`).run();
  });
  oidcSettings.trustEmailClaims = false;
});
const verified = { email_verified: true };

const cookieOf = (res: Response, name: string): string | null => {
  const line = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  return line ? line.split(';')[0]!.slice(name.length + 1) : null;
};

/** Start → provider → callback, as a browser would, with the state cookie from the start. */
async function signInThroughProvider(options: { keepStateCookie?: boolean } = {}): Promise<{ callback: Response; callbackUrl: string; stateCookie: string | null }> {
  const start = await fetch(`${appUrl}/auth/oidc/start`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const stateCookie = cookieOf(start, '__Host-linkkipaja-oidc');
  const atProvider = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  expect(atProvider.status).toBe(302);
  const back = new URL(atProvider.headers.get('location')!);
  const callbackUrl = `${appUrl}${back.pathname}${back.search}`;
  const headers: Record<string, string> = options.keepStateCookie === false || !stateCookie ? {} : { cookie: `__Host-linkkipaja-oidc=${stateCookie}` };
  const callback = await fetch(callbackUrl, { redirect: 'manual', headers });
  return { callback, callbackUrl, stateCookie };
}

async function me(session: string | null): Promise<unknown> {
  const res = await fetch(`${appUrl}/trpc/auth.me`, { headers: session ? { cookie: `__Host-linkkipaja-session=${session}` } : {} });
  return ((await res.json()) as { result: { data: unknown } }).result.data;
}

describe('single sign-on through a local OpenID Connect provider', () => {
  it('the sign-in page is told the method and its label', async () => {
    const res = await fetch(`${appUrl}/trpc/auth.methods`);
    expect(((await res.json()) as { result: { data: unknown } }).result.data).toEqual({ password: true, oidc: { label: 'Test county', startPath: '/auth/oidc/start' } });
  });

  it('sends the browser to the provider with PKCE, state and nonce, and the state in a __Host- cookie', async () => {
    const start = await fetch(`${appUrl}/auth/oidc/start`, { redirect: 'manual' });
    const location = new URL(start.headers.get('location')!);
    expect(location.origin).toBe(issuer.issuer);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(location.searchParams.get('redirect_uri')).toBe(redirectUri);
    const set = start.headers.getSetCookie().find((c) => c.startsWith('__Host-linkkipaja-oidc='))!;
    expect(set).toMatch(/; Path=\/;/);
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/Secure/);
    expect(set).toMatch(/SameSite=Lax/);
    expect(set).not.toMatch(/Domain=/i);
    expect(set.split(';')[0]).toBe(`__Host-linkkipaja-oidc=${location.searchParams.get('state')}`);
  });

  it('an invited person signs in: a session of method oidc, the role is Linkkipaja’s', async () => {
    issuer.next({ email: 'Leena@County.example', claims: verified });
    const { callback } = await signInThroughProvider();
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');
    const session = cookieOf(callback, '__Host-linkkipaja-session');
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await me(session)).toMatchObject({ id: userId, role: 'lead', topics: ['vauva'] });
    const row = handle.sqlite.prepare(`SELECT method FROM sessions WHERE user_id = ? ORDER BY created_at DESC LIMIT 1`).get(userId) as { method: string };
    expect(row.method).toBe('oidc');
  });

  it('an unverified email does not identify anyone, unless the issuer’s directory is trusted (OIDC_TRUST_EMAIL)', async () => {
    issuer.next({ email: 'leena@county.example' });
    expect((await signInThroughProvider()).callback.headers.get('location')).toBe('/?signin=no-account');
    issuer.next({ claims: { preferred_username: 'leena@county.example' } });
    expect((await signInThroughProvider()).callback.headers.get('location')).toBe('/?signin=no-account');
    oidcSettings.trustEmailClaims = true;
    issuer.next({ claims: { preferred_username: 'leena@county.example' } });
    expect((await signInThroughProvider()).callback.headers.get('location')).toBe('/');
  });

  it('the first sign-in binds the identity: later ones match on it, and another identity with the same email is refused', async () => {
    issuer.next({ sub: 'leena-subject', email: 'leena@county.example', claims: verified });
    expect((await signInThroughProvider()).callback.headers.get('location')).toBe('/');
    expect(handle.sqlite.prepare(`SELECT oidc_subject FROM users WHERE id = ?`).pluck().get(userId)).toBe(`${issuer.issuer}|leena-subject`);
    // Her address changed at the provider: the bound subject still finds her.
    issuer.next({ sub: 'leena-subject', email: 'leena.new@county.example', claims: verified });
    const again = (await signInThroughProvider()).callback;
    expect(again.headers.get('location')).toBe('/');
    expect(await me(cookieOf(again, '__Host-linkkipaja-session'))).toMatchObject({ id: userId });
    // Someone else presenting her (even verified) address is not her.
    issuer.next({ sub: 'impostor', email: 'leena@county.example', claims: verified });
    const impostor = (await signInThroughProvider()).callback;
    expect(impostor.headers.get('location')).toBe('/?signin=no-account');
    expect(cookieOf(impostor, '__Host-linkkipaja-session')).toBeNull();
  });

  it.each([
    ['nobody with that email has an account', { email: 'stranger@county.example', claims: verified }, '/?signin=no-account'],
    ['the token is for another client', { email: 'leena@county.example', claims: { ...verified, aud: 'someone-else' } }, '/?signin=failed'],
    ['the token is from another issuer', { email: 'leena@county.example', claims: { ...verified, iss: 'https://evil.example' } }, '/?signin=failed'],
    ['the token has expired', { email: 'leena@county.example', claims: { ...verified, exp: Math.floor(Date.now() / 1000) - 3600 } }, '/?signin=failed'],
    ['the nonce is not this sign-in’s', { email: 'leena@county.example', claims: { ...verified, nonce: 'replayed' } }, '/?signin=failed'],
    ['the token is unsigned (alg none)', { email: 'leena@county.example', claims: verified, alg: 'none' as const }, '/?signin=failed'],
    ['the token is signed by a key not in the JWKS', { email: 'leena@county.example', claims: verified, foreignKey: true }, '/?signin=failed'],
  ])('refuses when %s, without a session', async (_what, identity, where) => {
    issuer.next(identity);
    const { callback } = await signInThroughProvider();
    expect(callback.headers.get('location')).toBe(where);
    expect(cookieOf(callback, '__Host-linkkipaja-session')).toBeNull();
  });

  it('refuses a deactivated account', async () => {
    writeTransaction(handle, () => setUserActive(handle, userId, false, new Date().toISOString()));
    issuer.next({ email: 'leena@county.example', claims: verified });
    const { callback } = await signInThroughProvider();
    expect(callback.headers.get('location')).toBe('/?signin=no-account');
  });

  it('refuses a callback without this browser’s state cookie (login CSRF), before asking for tokens', async () => {
    issuer.next({ email: 'leena@county.example', claims: verified });
    const before = issuer.tokenRequests();
    const { callback } = await signInThroughProvider({ keepStateCookie: false });
    expect(callback.headers.get('location')).toBe('/?signin=failed');
    expect(issuer.tokenRequests()).toBe(before);
  });

  it('a callback works once: replaying it is refused', async () => {
    issuer.next({ email: 'leena@county.example', claims: verified });
    const { callback, callbackUrl, stateCookie } = await signInThroughProvider();
    expect(callback.headers.get('location')).toBe('/');
    const again = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: `__Host-linkkipaja-oidc=${stateCookie}` } });
    expect(again.headers.get('location')).toBe('/?signin=failed');
    expect(cookieOf(again, '__Host-linkkipaja-session')).toBeNull();
  });
});
