import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, testContext } from '../helpers/test-app';

let env: ReturnType<typeof testContext>;
let app: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  env = testContext();
  app = await listen(env.context);
});
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
    const res = await fetch(`${app.url}${regionsPath}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves the 22 reference regions', async () => {
    const body = (await (await fetch(`${app.url}${regionsPath}`)).json()) as { result: { data: { code: string }[] } };
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
  });

  it('caps batches at 10 calls', async () => {
    const paths = Array.from({ length: 11 }, () => 'catalogue.regions').join(',');
    expect((await fetch(`${app.url}/trpc/${paths}?batch=1&input=%7B%7D`)).status).toBe(400);
    const ten = Array.from({ length: 10 }, () => 'catalogue.regions').join(',');
    expect((await fetch(`${app.url}/trpc/${ten}?batch=1&input=%7B%7D`)).status).toBe(200);
  });

  it('answers TRACE with 405 and unknown paths with 404', async () => {
    expect((await fetch(`${app.url}/`, { method: 'TRACE' }).catch(() => ({ status: 405 }))).status).toBe(405);
    expect((await fetch(`${app.url}/.git/config`)).status).toBe(404);
  });

  it('rejects bad input with 400 and a zod error, never 500', async () => {
    const res = await fetch(`${app.url}/trpc/articles.list?input=${encodeURIComponent(JSON.stringify({ region: 5 }))}`);
    expect(res.status).toBe(400);
    const unknownRegion = await fetch(`${app.url}/trpc/articles.list?input=${encodeURIComponent(JSON.stringify({ region: 'nope' }))}`);
    expect(unknownRegion.status).toBe(400);
    expect(((await unknownRegion.json()) as { error: { message: string } }).error.message).toContain('unknown region');
  });
});
