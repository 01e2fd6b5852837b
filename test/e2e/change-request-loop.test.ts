/**
 * The change request loop end to end, as the project manager clicks it: flag a wrong keyword
 * in an article → make a change request of the flag → mark it ready → export it (XLSX, marked
 * sent) → import the catalogue update in which the owner fixed the service → the import says
 * it verified the request, and the request says so too.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client';
import { findChangeRequestByCode } from '../../db/queries/change-requests';
import { generateDemo } from '../../server/demo/generate-demo';
import { buildDiffReport } from '../../server/engine/region-diff-report';
import { startE2eServer, type E2eServer } from './helpers/e2e-server';
import { openSignedInPage } from './helpers/signed-in-page';

const region = '01';
const reason = 'Silmukkatesti: asiasana nostaa palvelun väärään artikkeliin';
const updateFile = 'ptv-paivitys.json';
let server: E2eServer;
let browser: Browser;
let page: Page;
let errors: string[] = [];
let folder = '';
let picked = { articleId: '', serviceId: '' };

/** An unwanted-looking pair nobody has flagged: a service surfacing by keyword only. */
function pickPair(handle: DbHandle): { articleId: string; serviceId: string } {
  const touched = new Set(handle.sqlite.prepare(`SELECT service_id FROM flags UNION SELECT service_id FROM change_requests WHERE service_id IS NOT NULL`).pluck().all() as string[]);
  for (const article of buildDiffReport(handle, { region }).articles) {
    const item = article.items.find((i) => i.category === 'unreviewed' && (i.reasons?.keywords.length ?? 0) > 0 && !i.reasons?.pinned && !touched.has(i.serviceId));
    if (item) return { articleId: article.articleId, serviceId: item.serviceId };
  }
  throw new Error('the demo has no unreviewed service surfacing by keyword that is not flagged yet');
}

/** The owner's fix as PTV's next update would bring it: the service without its keywords and codes. */
function writeOwnerFix(serviceId: string): void {
  const raw = generateDemo(1).services.find((s) => String(s['id']).toLowerCase() === serviceId);
  if (!raw) throw new Error(`service ${serviceId} is not in the demo catalogue`);
  const fixed = { ...raw, ontologyTerms: [], serviceClasses: [], targetGroups: [], lifeEvents: [], modified: new Date().toISOString() };
  writeFileSync(join(folder, updateFile), JSON.stringify([fixed]));
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lp-e2e-loop-'));
  server = await startE2eServer(async (handle) => {
    picked = pickPair(handle);
    writeOwnerFix(picked.serviceId);
  });
  ({ browser, page, errors } = await openSignedInPage(server, server.accounts.manager, { acceptDownloads: true }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

const badge = () => page.locator('[data-testid="request-detail"] .lp-cr-state');

describe('flag → change request → export → new import → verified', () => {
  let code = '';

  it('flags the keyword that lets the service into the article', async () => {
    await page.goto(`${server.url}/articles/${encodeURIComponent(picked.articleId)}?region=${region}`);
    const row = page.locator(`[data-testid="service-row"][data-service-id="${picked.serviceId}"]`);
    await row.getByRole('button', { name: /^Liputa: / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Perustelu (pakollinen)').fill(reason);
    await dialog.getByRole('button', { name: 'Tallenna liputus' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent()).toContain(reason);
  });

  it('makes a change request of the flag and marks it ready to send', async () => {
    await page.locator('nav').getByRole('link', { name: 'Liputukset' }).click();
    const card = page.locator('[data-testid="flags-list"] > li', { hasText: reason });
    await card.getByRole('button', { name: 'Tee muutospyyntö' }).click();
    const made = card.locator('[data-testid="request-made"]');
    await made.waitFor();
    code = /LP-\d{4}-\d{4}/.exec((await made.textContent()) ?? '')![0];
    await card.getByRole('link', { name: `Avaa ${code}` }).click();
    await page.getByRole('heading', { level: 1, name: code }).waitFor();
    expect(await badge().getAttribute('data-state')).toBe('draft');
    await page.getByRole('button', { name: 'Siirrä: Valmis lähetettäväksi' }).click();
    await expect.poll(() => badge().getAttribute('data-state')).toBe('ready');
  });

  it('exports the ready requests to XLSX, which marks it sent', async () => {
    await page.goto(`${server.url}/change-requests?region=${region}`);
    await page.getByRole('button', { name: 'Vie tiedostoon' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Vie muutospyynnöt' }).waitFor();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Vie', exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await dialog.getByText(/^Vienti on valmis/).waitFor();
    await dialog.getByRole('button', { name: 'Sulje' }).click();
    expect(findChangeRequestByCode(server.handle, code)?.state).toBe('sent');
  });

  it('imports the owner’s fix; the import verifies the request', async () => {
    await page.getByRole('link', { name: 'Tuonti', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tietojen tuonti' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(join(folder, updateFile));
    // The design system's label covers its checkbox: click the label, as a person does.
    await page.locator('label', { hasText: 'Päivitys edelliseen tuontiin' }).click();
    expect(await page.getByRole('checkbox', { name: 'Päivitys edelliseen tuontiin' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.getByRole('heading', { name: `Tuotu: ${updateFile}` }).waitFor({ timeout: 30_000 });
    const verified = page.locator('.lp-import-verified').getByRole('link', { name: code });
    await verified.click();
    await page.getByRole('heading', { level: 1, name: code }).waitFor();
    await expect.poll(() => badge().getAttribute('data-state')).toBe('verified');
    expect(findChangeRequestByCode(server.handle, code)?.verification?.fixed).toBe(true);
    expect(errors).toEqual([]);
  });
});
