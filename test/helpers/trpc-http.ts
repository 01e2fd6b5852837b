/**
 * tRPC over plain fetch, with the cookie handled by hand (the tests play the browser):
 * queries as GET ?input=, mutations as POST with the input as the JSON body (tRPC 11's
 * non-batched wire format, no transformer).
 */
import { sessionCookieName } from '../../server/auth/session-cookie';

export interface TrpcAnswer {
  status: number;
  body: { result?: { data: unknown }; error?: { message: string; data: { code: string; httpStatus: number; auth?: { reason: string; retryAfter: number } | null } } };
  /** Every Set-Cookie header of the answer, as sent. */
  setCookies: string[];
  headers: Headers;
}

async function answer(res: Response): Promise<TrpcAnswer> {
  return { status: res.status, body: (await res.json()) as TrpcAnswer['body'], setCookies: res.headers.getSetCookie(), headers: res.headers };
}

export async function trpcQuery(base: string, path: string, input?: unknown, cookie?: string | null, headers: Record<string, string> = {}): Promise<TrpcAnswer> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return answer(await fetch(`${base}/trpc/${path}${query}`, { headers: { ...headers, ...(cookie ? { cookie } : {}) } }));
}

export async function trpcMutation(base: string, path: string, input?: unknown, cookie?: string | null, headers: Record<string, string> = {}): Promise<TrpcAnswer> {
  return answer(
    await fetch(`${base}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(cookie ? { cookie } : {}) },
      body: input === undefined ? '' : JSON.stringify(input),
    }),
  );
}

/** The session cookie an answer sets, as a Cookie header value ("name=token"), or null. */
export function sessionCookieFrom(answer: Pick<TrpcAnswer, 'setCookies'>): string | null {
  const set = answer.setCookies.find((c) => c.startsWith(`${sessionCookieName}=`));
  if (!set) return null;
  const pair = set.split(';')[0]!;
  return pair === `${sessionCookieName}=` ? null : pair;
}

/** The raw token inside a Cookie header value. */
export const tokenOf = (cookie: string): string => cookie.slice(cookie.indexOf('=') + 1);

/** Signs in over HTTP; fails the test unless it worked. Returns the new session's Cookie header. */
export async function signInOverHttp(base: string, email: string, password: string, cookie?: string | null): Promise<string> {
  const res = await trpcMutation(base, 'auth.signIn', { email, password }, cookie);
  const next = sessionCookieFrom(res);
  if (res.status !== 200 || !next) throw new Error(`sign-in of ${email} failed with ${res.status}: ${JSON.stringify(res.body)}`);
  return next;
}
