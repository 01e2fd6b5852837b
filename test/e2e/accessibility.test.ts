import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedControl } from './helpers/browser';
import { startE2eServer, type E2eServer } from './helpers/e2e-server';
import { expectNoViolations } from './helpers/expect-no-violations';
import { openSignedInPage } from './helpers/signed-in-page';

let server: E2eServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startE2eServer();
  ({ browser, page } = await openSignedInPage(server, server.accounts.manager, { bypassCSP: true }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('WCAG 2.1 A/AA scan (axe-core) of every view', () => {
  it('articles list', async () => {
    await page.goto(`${server.url}/?region=01`);
    await page.locator('[data-testid="article-row"]').first().waitFor();
    await expectNoViolations(page);
  });

  it('article view, and its flag and description-request dialogs', async () => {
    await page.goto(`${server.url}/?region=01&has=unreviewed`);
    await page.locator('[data-testid="article-row"] a').first().click();
    await page.locator('[data-testid="service-row"]').first().waitFor();
    await expectNoViolations(page);
    await page.locator('[data-testid="service-row"]').first().focus();
    await page.keyboard.press('f');
    await page.getByRole('dialog').waitFor();
    await expectNoViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Pyydä uusi palvelukuvaus' }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoViolations(page);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="service-row"]').first().focus();
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await expectNoViolations(page);
  });

  it('catalogue with a service opened', async () => {
    await page.goto(`${server.url}/catalogue?region=01`);
    await page.locator('[data-testid="catalogue-row"] button').first().click();
    await page.locator('[data-testid="service-detail"]').waitFor();
    await expectNoViolations(page);
  });

  it('flags and description requests', async () => {
    await page.goto(`${server.url}/flags?region=01`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoViolations(page);
    await page.goto(`${server.url}/requests?region=01`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoViolations(page);
  });

  it('every control on the article view is reachable by Tab and shows focus', async () => {
    await page.goto(`${server.url}/?region=01&has=unreviewed`);
    await page.locator('[data-testid="article-row"] a').first().click();
    await page.locator('[data-testid="service-row"]').first().waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await focusedControl(page);
      if (!focused) continue;
      seen.add(focused.name);
      expect(focused.outline, `visible focus on ${focused.name}`).toBe(true);
    }
    expect([...seen].some((name) => name.startsWith('Kuuluu:'))).toBe(true);
  });
});
