import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eServer, type E2eServer } from './helpers/e2e-server';
import { openSignedInPage } from './helpers/signed-in-page';

let server: E2eServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await startE2eServer();
  ({ browser, page, errors } = await openSignedInPage(server, server.accounts.manager));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rows = () => page.locator('[data-testid="article-row"]');
const serviceRow = (id: string) => page.locator(`[data-testid="service-row"][data-service-id="${id}"]`);

describe('a reviewer walks the main path', () => {
  let articleTitle = '';
  let included = '';
  let excluded = '';

  it('opens the articles list and filters it; the filter is kept in the URL', async () => {
    await page.reload();
    await rows().first().waitFor();
    const total = await page.locator('text=/\\d+ \\/ \\d+ artikkelia/').textContent();
    expect(total).toMatch(/^320 \/ 320 artikkelia$/);
    await page.getByRole('searchbox', { name: 'Hae artikkeleita' }).fill('raskaus');
    await page.waitForURL(/q=raskaus/);
    await expect.poll(async () => (await page.locator('text=/\\d+ \\/ 320 artikkelia/').textContent()) ?? '').not.toMatch(/^320 \//);
    expect(await rows().count()).toBeGreaterThan(0);
    for (const text of await rows().allTextContents()) expect(text.toLowerCase()).toContain('raskaus');
  });

  it('opens an article with unreviewed services', async () => {
    await page.goto(`${server.url}/?region=01&has=unreviewed&sort=unreviewed.desc`);
    await rows().first().waitFor();
    const link = rows().first().locator('td:nth-child(2) a');
    articleTitle = (await link.textContent()) ?? '';
    await link.click();
    await page.getByRole('heading', { level: 1, name: articleTitle }).waitFor();
    await expect.poll(() => page.title()).toBe(`${articleTitle} – Linkkipaja`);
    await page.locator('[data-testid="service-row"][data-category="unreviewed"]').first().waitFor();
  });

  it('includes and excludes by keyboard alone', async () => {
    const unreviewed = page.locator('[data-testid="service-row"][data-category="unreviewed"]');
    const before = await unreviewed.count();
    expect(before).toBeGreaterThanOrEqual(2);
    included = (await unreviewed.nth(0).getAttribute('data-service-id')) ?? '';
    excluded = (await unreviewed.nth(1).getAttribute('data-service-id')) ?? '';
    // Shortcuts act on the list of services: focus starts on the first row.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('service-row');
    await page.keyboard.press('i');
    await expect.poll(() => serviceRow(included).getAttribute('data-category')).toBe('ok');
    // The active row moved on to the next unreviewed service.
    await expect.poll(() => serviceRow(excluded).getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('e');
    await expect.poll(() => serviceRow(excluded).getAttribute('data-category')).toBe('unwanted');
    expect(await unreviewed.count()).toBe(before - 2);
    await expect.poll(() => serviceRow(included).textContent()).toContain(server.accounts.manager.name);
  });

  it('flags a wrong keyword with a required reason and sees the articles it covers', async () => {
    await serviceRow(excluded).focus();
    await page.keyboard.press('f');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Tallenna liputus' }).click();
    await dialog.getByText('Kirjoita perustelu').waitFor();
    await expect.poll(() => dialog.locator('.lp-cover-list li').count()).toBeGreaterThan(0);
    await dialog.getByLabel('Perustelu (pakollinen)').fill('Asiasana ei kuvaa tätä palvelua');
    await dialog.getByRole('button', { name: 'Tallenna liputus' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => serviceRow(excluded).textContent()).toContain('Asiasana ei kuvaa tätä palvelua');
  });

  it('requests a new description in Finnish and Swedish', async () => {
    await page.getByRole('button', { name: 'Pyydä uusi palvelukuvaus' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Tallenna pyyntö' }).click();
    expect(await dialog.getByText('Pakollinen tieto').count()).toBeGreaterThan(0);
    await dialog.getByLabel('Nimi (suomeksi)').fill('Perheiden olohuone');
    await dialog.getByLabel('Nimi (ruotsiksi)').fill('Familjernas vardagsrum');
    await dialog.getByLabel('Tiivistelmä (suomeksi)').fill('Avoin kohtaamispaikka lapsiperheille.');
    await dialog.getByLabel('Tiivistelmä (ruotsiksi)').fill('Öppen mötesplats för barnfamiljer.');
    await dialog.getByLabel('Kuvaus (suomeksi)').fill('Tule leikkimään ja tapaamaan muita perheitä.');
    await dialog.getByLabel('Kuvaus (ruotsiksi)').fill('Kom och lek och träffa andra familjer.');
    await dialog.getByLabel('Omistava organisaatio').fill('Porvoo');
    await page.getByRole('option').first().click();
    await dialog.getByRole('button', { name: 'Tallenna pyyntö' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/Kuvauspyyntö #\d+ tallennettu/).first().waitFor();
  });

  it('switches the language to Swedish', async () => {
    await page.getByRole('button', { name: /Suomeksi \(FI\)/ }).click();
    await page.getByRole('menuitem', { name: /På svenska/ }).click();
    await page.getByRole('button', { name: /Hör hit: /, exact: false }).first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
  });

  it('finds everything again after a reload', async () => {
    await page.reload();
    await serviceRow(included).waitFor();
    expect(await serviceRow(included).getAttribute('data-category')).toBe('ok');
    expect(await serviceRow(excluded).getAttribute('data-category')).toBe('unwanted');
    expect(await serviceRow(excluded).textContent()).toContain('Asiasana ei kuvaa tätä palvelua');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await serviceRow(included).getByRole('button', { name: /^Hör hit: / }).count()).toBe(1);
    await page.getByRole('link', { name: 'Beskrivningsbegäranden' }).click();
    const request = page.locator('[data-testid="requests-list"] li').first();
    await request.waitFor();
    expect(await request.textContent()).toContain('Familjernas vardagsrum');
    expect(await request.textContent()).toContain('Perheiden olohuone');
    await page.getByRole('link', { name: 'Flaggningar' }).click();
    await page.locator('[data-testid="flags-list"] li').first().waitFor();
    expect(await page.locator('[data-testid="flags-list"]').textContent()).toContain('Asiasana ei kuvaa tätä palvelua');
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
