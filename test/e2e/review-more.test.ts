import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eServer, type E2eServer } from './helpers/e2e-server';
import { openSignedInPage } from './helpers/signed-in-page';
import { addHostileService, hostileName, hostileServiceId, hostileSummary } from './helpers/hostile-service';

const articleId = 'raskauden-alkaminen';
let server: E2eServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await startE2eServer((handle) => addHostileService(handle, articleId));
  ({ browser, page, errors } = await openSignedInPage(server, server.accounts.manager));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const serviceRow = (id: string) => page.locator(`[data-testid="service-row"][data-service-id="${id}"]`);

describe('more of the workbench in the browser', () => {
  it('shows markup in a catalogue text as text, never as HTML', async () => {
    await page.goto(`${server.url}/articles/${articleId}?region=01`);
    const row = serviceRow(hostileServiceId);
    await row.waitFor();
    expect(await row.textContent()).toContain(hostileName);
    expect(await row.textContent()).toContain(hostileSummary);
    expect(await row.locator('img, script').count()).toBe(0);
    await page.goto(`${server.url}/catalogue?region=01&q=Perhekahvila&service=${hostileServiceId}`);
    await page.locator('[data-testid="service-detail"]').waitFor();
    expect(await page.locator('[data-testid="service-detail"]').textContent()).toContain(hostileSummary);
    expect(await page.locator('main img, main script, main a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('shows what began and stopped surfacing since an earlier import', async () => {
    await page.goto(`${server.url}/?region=01`);
    await page.getByRole('button', { name: 'Ei vertailua' }).click();
    await page.getByRole('option', { name: /Tuonti 1/ }).click();
    await page.waitForURL(/compare=1/);
    await page.getByRole('columnheader', { name: 'Muutokset vertailusta' }).waitFor();
    await page.getByText('Vain muuttuneet vertailutilanteesta').click();
    await page.waitForURL(/changed=1/);
    const rows = page.locator('[data-testid="article-row"]');
    await rows.first().waitFor();
    expect(await rows.count()).toBeLessThan(320);
    await page.goto(`${server.url}/articles/${articleId}?region=01&compare=1`);
    await serviceRow(hostileServiceId).waitFor();
    expect(await serviceRow(hostileServiceId).textContent()).toContain('Uusi vertailusta');
  });

  it('includes a selection in bulk and comments on an article and on a pair', async () => {
    await page.goto(`${server.url}/articles/${articleId}?region=01`);
    const unreviewed = page.locator('[data-testid="service-row"][data-category="unreviewed"]');
    await unreviewed.first().waitFor();
    const ids = await unreviewed.evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getAttribute('data-service-id') ?? ''));
    expect(ids).toHaveLength(2);
    for (const id of ids) await serviceRow(id).locator('.lp-row-select label').click();
    await page.getByText('2 valittu').waitFor();
    await page.getByRole('button', { name: 'Kuuluu: kaikki valitut' }).click();
    for (const id of ids) await expect.poll(() => serviceRow(id).getAttribute('data-category')).toBe('ok');

    await page.getByLabel('Kommentti artikkelista').fill('Käyty läpi työpajassa');
    await page.getByRole('button', { name: 'Lisää kommentti' }).click();
    await serviceRow(ids[0]!).focus();
    await page.keyboard.press('c');
    await page.getByLabel(/Kommentti palvelusta/).fill('Tarkista aukioloajat');
    await page.getByRole('button', { name: 'Lisää kommentti' }).click();
    await expect.poll(() => serviceRow(ids[0]!).textContent()).toContain('Kommentoi (1)');
    await page.reload();
    const comments = page.locator('[data-testid="comments"]');
    await expect.poll(() => comments.textContent()).toContain('Tarkista aukioloajat');
    expect(await comments.textContent()).toContain('Käyty läpi työpajassa');
    expect(await comments.textContent()).toContain(server.accounts.manager.name);
  });

  it('proposes a missing service and sees why it does not surface', async () => {
    await page.goto(`${server.url}/articles/${articleId}?region=01`);
    await page.getByRole('searchbox', { name: 'Hae palvelua' }).fill('kirjasto');
    const results = page.locator('.lp-results li');
    await results.first().waitFor();
    await results.first().getByRole('button', { name: 'Miksi ei nouse?' }).click();
    await page.locator('[data-testid="absence"]').waitFor();
    const name = (await results.first().locator('strong').textContent()) ?? '';
    await results.first().getByRole('button', { name: 'Ehdota artikkeliin' }).click();
    const missing = page.locator('[data-testid="service-row"][data-category="missing"]', { hasText: name });
    await missing.waitFor();
    expect(await missing.locator('.lp-missing').textContent()).not.toBe('');
  });

  it('filters the catalogue by a facet and opens a service with the articles it surfaces in', async () => {
    await page.goto(`${server.url}/catalogue?region=01`);
    await page.locator('[data-testid="catalogue-row"]').first().waitFor();
    const count = page.locator('text=/\\d+ \\/ \\d+ palvelua/');
    const before = (await count.textContent()) ?? '';
    await page.locator('.lp-facets label', { hasText: 'Ruotsi puuttuu' }).click();
    await page.waitForURL(/languages=missing_sv/);
    await expect.poll(() => count.textContent()).not.toBe(before);
    await page.locator('[data-testid="catalogue-row"] button').first().click();
    const detail = page.locator('[data-testid="service-detail"]');
    await detail.waitFor();
    expect(await detail.textContent()).toContain('puuttuu');
  });

  it('opens an article in a new tab with Ctrl-click and keeps the list where it was', async () => {
    await page.goto(`${server.url}/?region=01&q=raskaus`);
    const link = page.locator('[data-testid="article-row"] td:nth-child(2) a').first();
    await link.waitFor();
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click({ modifiers: ['Control'] })]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/\/articles\/[^?]+\?region=01/);
    expect(page.url()).toMatch(/\?region=01&q=raskaus$/);
    await tab.close();
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
