import type { BrowserContext } from 'playwright-core';
import type { StartedServer } from './api-load-bench';

/** Signs a browser context in as the bench server's manager (its session cookie, as the app sets it). */
export async function addSessionCookie(context: BrowserContext, app: Pick<StartedServer, 'base' | 'cookie'>): Promise<void> {
  const eq = app.cookie.indexOf('=');
  // Chromium refuses a __Host- cookie given with a URL; host and path name the same thing.
  await context.addCookies([{ name: app.cookie.slice(0, eq), value: app.cookie.slice(eq + 1), domain: new URL(app.base).hostname, path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }]);
}
