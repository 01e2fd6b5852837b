/**
 * The sign-in rate limit (security.md: ASVS 6.1.1, 6.3.1; "observed batch bypass of a path
 * limiter"): every attempt counts, one by one or many in one batched request; while blocked
 * even the right password is refused; another account from the same address still signs in;
 * a forged X-Forwarded-For does not make a new address (trust proxy is off).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccountWithPassword } from '../../server/auth/accounts';
import { LoginLimiter, defaultLoginLimits } from '../../server/auth/login-limiter';
import { listen, testAuthSettings, testContext } from '../helpers/test-app';
import { trpcMutation, trpcQuery, type TrpcAnswer } from '../helpers/trpc-http';

const attacked = { email: 'kohde@example.fi', password: 'kohteen oikea salasana' };
const bystander = { email: 'ohikulkija@example.fi', password: 'toisen oikea salasana' };
const wrong = (n: number) => ({ email: attacked.email, password: `arvaus numero ${n}` });

let env: ReturnType<typeof testContext>;
let app: Awaited<ReturnType<typeof listen>>;
beforeEach(async () => {
  env = testContext();
  await createAccountWithPassword(env.handle, { email: attacked.email, name: 'Kohde', role: 'viewer' }, attacked.password, 'test', testAuthSettings.scrypt);
  await createAccountWithPassword(env.handle, { email: bystander.email, name: 'Ohikulkija', role: 'viewer' }, bystander.password, 'test', testAuthSettings.scrypt);
  app = await listen(env.context);
});
afterEach(async () => {
  await app.close();
  env.cleanup();
});

const signIn = (input: unknown, headers: Record<string, string> = {}) => trpcMutation(app.url, 'auth.signIn', input, null, headers);
const codeOf = (res: TrpcAnswer) => res.body.error?.data.code ?? 'OK';

/** tRPC 11's batch format (httpBatchLink): paths joined by commas, ?batch=1, inputs keyed "0", "1", … */
async function batchedSignIns(inputs: unknown[]): Promise<{ status: number; codes: string[] }> {
  const res = await fetch(`${app.url}/trpc/${inputs.map(() => 'auth.signIn').join(',')}?batch=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(Object.fromEntries(inputs.map((input, i) => [String(i), input]))),
  });
  const items = (await res.json()) as { result?: unknown; error?: { data: { code: string } } }[];
  return { status: res.status, codes: items.map((item) => item.error?.data.code ?? 'OK') };
}

describe('over HTTP, one call at a time', () => {
  it('five failures are answered 400; the sixth attempt gets 429 with a retry time, even with the right password', async () => {
    for (let n = 1; n <= 5; n += 1) expect(codeOf(await signIn(wrong(n)))).toBe('BAD_REQUEST');
    const blocked = await signIn(attacked);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error?.data.auth).toMatchObject({ reason: 'rate_limited' });
    expect(blocked.body.error?.data.auth?.retryAfter).toBeGreaterThan(0);
    expect(blocked.body.error?.data.auth?.retryAfter).toBeLessThanOrEqual(defaultLoginLimits.windowMs / 1000);
    expect(blocked.setCookies).toEqual([]);
    expect((await signIn(wrong(7))).status).toBe(429);
  });

  it('the real user of another account still signs in from the same address', async () => {
    for (let n = 1; n <= 6; n += 1) await signIn(wrong(n));
    const other = await signIn(bystander);
    expect(other.status).toBe(200);
    expect(other.setCookies).toHaveLength(1);
  });

  it('a forged X-Forwarded-For on each request does not reset the limit', async () => {
    for (let n = 1; n <= 5; n += 1) expect((await signIn(wrong(n), { 'x-forwarded-for': `203.0.113.${n}`, 'x-real-ip': `198.51.100.${n}` })).status).toBe(400);
    expect((await signIn(attacked, { 'x-forwarded-for': '192.0.2.77', forwarded: 'for=192.0.2.77' })).status).toBe(429);
  });

  it('email case and spaces do not make a new account to count against', async () => {
    const spellings = ['KOHDE@example.fi', ' kohde@example.fi', 'Kohde@Example.FI ', 'kohde@EXAMPLE.fi', 'kohde@example.fi'];
    for (const email of spellings) expect((await signIn({ email, password: 'väärin' })).status).toBe(400);
    expect((await signIn(attacked)).status).toBe(429);
  });

  it('a successful sign-in clears the count for that address and account', async () => {
    for (let n = 1; n <= 4; n += 1) await signIn(wrong(n));
    expect((await signIn(attacked)).status).toBe(200);
    for (let n = 1; n <= 4; n += 1) expect((await signIn(wrong(n))).status).toBe(400);
    expect((await signIn(attacked)).status).toBe(200);
  });
});

describe('over HTTP, many attempts in one batched request', () => {
  it('counts every call of the batch: of six, five fail as wrong and the sixth is 429', async () => {
    const { codes } = await batchedSignIns([1, 2, 3, 4, 5, 6].map(wrong));
    expect(codes.filter((c) => c === 'BAD_REQUEST')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(1);
    // …and the next request, with the right password, is blocked too.
    expect((await signIn(attacked)).status).toBe(429);
  });

  it('a full batch of ten guesses gets at most five past the limiter', async () => {
    const { codes } = await batchedSignIns(Array.from({ length: 10 }, (_, i) => wrong(i)));
    expect(codes.filter((c) => c === 'BAD_REQUEST')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(5);
  });

  it('the right password hidden in a batch after five guesses is refused', async () => {
    const { codes } = await batchedSignIns([...[1, 2, 3, 4, 5].map(wrong), attacked]);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('BAD_REQUEST'));
    expect(codes[5]).toBe('TOO_MANY_REQUESTS');
  });

  it('batched calls of other procedures are not affected', async () => {
    await batchedSignIns([1, 2, 3, 4, 5, 6].map(wrong));
    expect((await trpcQuery(app.url, 'auth.me')).status).toBe(200);
  });
});

describe('LoginLimiter windows', () => {
  const limits = { windowMs: 60_000, perAddressAndAccount: 5, perAddress: 20, perAccount: 50 };
  const fail = (limiter: LoginLimiter, address: string, account: string, times: number, at: number) => {
    for (let i = 0; i < times; i += 1) limiter.recordFailure(address, account, at);
  };

  it('production defaults: 5 per address and account, 20 per address, 50 per account in 15 minutes', () => {
    expect(defaultLoginLimits).toEqual({ windowMs: 15 * 60_000, perAddressAndAccount: 5, perAddress: 20, perAccount: 50 });
  });

  it('per address and account: the 6th attempt waits until the oldest failure leaves the window', () => {
    const limiter = new LoginLimiter(limits);
    for (let i = 0; i < 5; i += 1) {
      expect(limiter.retryAfter('a', 'x', i * 1000)).toBe(0);
      limiter.recordFailure('a', 'x', i * 1000);
    }
    expect(limiter.retryAfter('a', 'x', 5000)).toBe(55);
    expect(limiter.retryAfter('a', 'x', 59_999)).toBe(1);
    expect(limiter.retryAfter('a', 'x', 60_000)).toBe(0); // the first failure has left the window
    expect(limiter.retryAfter('b', 'x', 5000)).toBe(0); // another address
    expect(limiter.retryAfter('a', 'y', 5000)).toBe(0); // another account
  });

  it('per address: 20 failures over different accounts block the address for every account', () => {
    const limiter = new LoginLimiter(limits);
    for (let i = 0; i < 20; i += 1) limiter.recordFailure('a', `user${i}`, 1000);
    expect(limiter.retryAfter('a', 'someone-new', 1000)).toBeGreaterThan(0);
    expect(limiter.retryAfter('b', 'someone-new', 1000)).toBe(0);
    expect(limiter.retryAfter('a', 'someone-new', 61_000)).toBe(0);
  });

  it('per account: 50 failures from many addresses block the account from everywhere', () => {
    const limiter = new LoginLimiter(limits);
    for (let i = 0; i < 49; i += 1) limiter.recordFailure(`10.0.0.${i}`, 'x', 1000);
    expect(limiter.retryAfter('10.9.9.9', 'x', 1000)).toBe(0);
    limiter.recordFailure('10.0.0.49', 'x', 1000);
    expect(limiter.retryAfter('10.9.9.9', 'x', 1000)).toBeGreaterThan(0);
    expect(limiter.retryAfter('10.9.9.9', 'y', 1000)).toBe(0);
  });

  it('a success clears only the address+account counter, not the wider ones', () => {
    const limiter = new LoginLimiter(limits);
    fail(limiter, 'a', 'x', 5, 0);
    limiter.recordSuccess('a', 'x');
    expect(limiter.retryAfter('a', 'x', 1)).toBe(0);
    fail(limiter, 'a', 'x', 15, 2);
    limiter.recordSuccess('a', 'x');
    fail(limiter, 'a', 'z', 1, 3); // the address has now 21 failures in the window
    expect(limiter.retryAfter('a', 'x', 4)).toBeGreaterThan(0);
  });
});
