import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchErrors } from './browser';
import type { E2eAccount, E2eServer } from './e2e-server';
import { signIn } from './sign-in';

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** axe-core is injected as a script, which the app's Content-Security-Policy rightly refuses. */
  bypassCSP?: boolean;
  acceptDownloads?: boolean;
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Page and console errors since the page opened (see watchErrors). */
  errors: string[];
}

/** A fresh browser profile (no cookies) with one page whose errors are collected from the start. */
export async function newWatchedPage(browser: Browser, options: PageOptions = {}): Promise<WatchedPage> {
  const { viewport = { width: 1400, height: 1000 }, ...rest } = options;
  const context = await browser.newContext({ viewport, ...rest });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** A fresh profile signed in as `account` at `path` (the articles list by default; see signIn). */
export async function signedInPage(browser: Browser, server: E2eServer, account: E2eAccount, options: PageOptions & { path?: string } = {}): Promise<WatchedPage> {
  const { path, ...pageOptions } = options;
  const opened = await newWatchedPage(browser, pageOptions);
  await signIn(opened.page, server.url, account, path);
  return opened;
}

/**
 * A browser of its own with one page signed in as `account`, for a test file that drives a
 * single person. If signing in fails the browser is closed here, as the caller never gets it.
 */
export async function openSignedInPage(server: E2eServer, account: E2eAccount, options: PageOptions & { path?: string } = {}): Promise<WatchedPage & { browser: Browser }> {
  const browser = await launchBrowser();
  try {
    return { browser, ...(await signedInPage(browser, server, account, options)) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
