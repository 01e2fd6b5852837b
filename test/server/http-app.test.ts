import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, sessionCookieOf, testContext } from '../helpers/test-app';
import { userNamed } from '../helpers/test-users';

let env: ReturnType<typeof testContext>;
let app: Awaited<ReturnType<typeof listen>>;
/** A viewer's session: every procedure needs someone signed in. */
let cookie: string;

beforeAll(async () => {
  env = testContext();
  app = await listen(env.context);
  cookie = sessionCookieOf(env.context, userNamed(env.handle, 'Ville Katselija', 'viewer'));
});
/** A request as the signed-in viewer. */
const signedIn = (path: string, init: RequestInit = {}) => fetch(`${app.url}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } });
afterAll(async () => {
  await app.close();
  env.cleanup();
});

const regionsPath = '/trpc/catalogue.regions';

describe('HTTP app', () => {
  it('answers health with the latest snapshot', async () => {
    const res = await fetch(`${app.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, snapshot: null });
  });

  it('sets security headers and no-store on the API, without X-Powered-By', async () => {
    const res = await signedIn(regionsPath);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('sets them on every /trpc answer: errors, batches, sign-in, and on other paths too', async () => {
    const answers = [
      await fetch(`${app.url}${regionsPath}`), // anonymous: 401
      await signedIn(`/trpc/articles.list?input=${encodeURIComponent('{"region":5}')}`), // 400
      await signedIn(`/trpc/catalogue.regions,catalogue.snapshots?batch=1&input=%7B%7D`),
      await fetch(`${app.url}/trpc/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'x@y.fi', password: 'väärä salasana' }) }),
      await signedIn('/trpc/auth.me'),
    ];
    expect(answers.map((r) => r.status)).toEqual([401, 400, 200, 400, 200]);
    for (const res of answers) {
      expectSecurityHeaders(res);
      expect(res.headers.get('cache-control'), res.url).toBe('no-store');
    }
    const elsewhere = await fetch(`${app.url}/no-such-page`);
    expectSecurityHeaders(elsewhere);
  });

  it('answers an anonymous call with 401 and a signed-in one with the data', async () => {
    expect((await fetch(`${app.url}${regionsPath}`)).status).toBe(401);
    expect((await fetch(`${app.url}${regionsPath}`, { headers: { cookie: `${cookie.split('=')[0]}=${'A'.repeat(43)}` } })).status).toBe(401);
    expect((await signedIn(regionsPath)).status).toBe(200);
  });

  it('serves the 22 reference regions', async () => {
    const body = (await (await signedIn(regionsPath)).json()) as { result: { data: { code: string }[] } };
    expect(body.result.data).toHaveLength(22);
    expect(body.result.data.map((r) => r.code)).toContain('01');
  });

  it('refuses form and multipart posts to /trpc', async () => {
    const form = new FormData();
    form.set('x', '1');
    expect((await fetch(`${app.url}${regionsPath}`, { method: 'POST', body: form })).status).toBe(415);
    expect((await fetch(`${app.url}${regionsPath}`, { method: 'POST', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
  });

  it('refuses cross-origin JSON posts to /trpc', async () => {
    const res = await fetch(`${app.url}${regionsPath}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    // Sandboxed frames and some redirects send the opaque origin "null", which is not a URL.
    const opaque = await fetch(`${app.url}${regionsPath}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', origin: 'null' } });
    expect(opaque.status).toBe(403);
    const crossSite = await fetch(`${app.url}${regionsPath}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
  });

  it('caps batches at 10 calls', async () => {
    const paths = Array.from({ length: 11 }, () => 'catalogue.regions').join(',');
    expect((await signedIn(`/trpc/${paths}?batch=1&input=%7B%7D`)).status).toBe(400);
    const ten = Array.from({ length: 10 }, () => 'catalogue.regions').join(',');
    expect((await signedIn(`/trpc/${ten}?batch=1&input=%7B%7D`)).status).toBe(200);
  });

  it('answers TRACE with 405 and unknown paths with 404', async () => {
    expect((await fetch(`${app.url}/`, { method: 'TRACE' }).catch(() => ({ status: 405 }))).status).toBe(405);
    expect((await fetch(`${app.url}/.git/config`)).status).toBe(404);
  });

  it('rejects bad input with 400 and a zod error, never 500', async () => {
    const res = await signedIn(`/trpc/articles.list?input=${encodeURIComponent(JSON.stringify({ region: 5 }))}`);
    expect(res.status).toBe(400);
    const unknownRegion = await signedIn(`/trpc/articles.list?input=${encodeURIComponent(JSON.stringify({ region: 'nope' }))}`);
    expect(unknownRegion.status).toBe(400);
    expect(((await unknownRegion.json()) as { error: { message: string } }).error.message).toContain('unknown region');
  });
});

/** The headers every answer carries (security.md: helmet defaults plus base-uri and frame-ancestors 'none'). */
function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get('x-powered-by'), res.url).toBeNull();
  expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), res.url).toBe('DENY');
  expect(res.headers.get('referrer-policy'), res.url).toBe('no-referrer');
  expect(res.headers.get('strict-transport-security'), res.url).toContain('max-age=');
  const csp = (res.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim());
  expect(csp, res.url).toEqual(expect.arrayContaining(["default-src 'self'", "base-uri 'none'", "frame-ancestors 'none'", "object-src 'none'", "script-src 'self'"]));
}
