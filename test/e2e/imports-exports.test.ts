/**
 * Long work from the browser, as a manager clicks it: a catalogue file uploaded on the import
 * page becomes a new snapshot and verifies the change request it fixed; the change request
 * list's export dialog writes an XLSX that downloads and holds the ready request, now sent.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction, type DbHandle } from '../../db/client';
import { latestSnapshotId } from '../../db/queries/catalogue';
import { findChangeRequest, insertChangeRequest } from '../../db/queries/change-requests';
import { generateDemo } from '../../server/demo/generate-demo';
import { buildDiffReport } from '../../server/engine/region-diff-report';
import { digifinlandRecipient } from '../../shared/domain/change-request';
import { startE2eServer, type E2eServer } from './helpers/e2e-server';
import { expectNoViolations } from './helpers/expect-no-violations';
import { openSignedInPage } from './helpers/signed-in-page';

const region = '01';
const uploadName = 'ptv-palvelut.json';
const readyReason = 'Selaintesti: palvelu ei kuulu tähän artikkeliin, estetään se säännössä';
let server: E2eServer;
let browser: Browser;
let page: Page;
let errors: string[] = [];
let folder = '';
/** A sent request to remove a keyword from a service that the uploaded catalogue no longer has: the import verifies it. */
let fixedRequest = { id: 0, code: '' };
/** A ready request for DigiFinland (a rule change an import cannot fix): the export sends it. */
let readyRequest = { id: 0, code: '' };
let servicesInFile = 0;

/**
 * Two requests about a service that surfaces by keyword in a demo article, and the catalogue
 * file the manager uploads: the demo catalogue as PTV would give it, without that service.
 */
function prepare(handle: DbHandle): void {
  const articles = buildDiffReport(handle, { region }).articles;
  const taken = new Set(handle.sqlite.prepare(`SELECT service_id FROM change_requests WHERE service_id IS NOT NULL`).pluck().all() as string[]);
  const pick = articles.flatMap((a) => a.items.filter((i) => (i.reasons?.keywords.length ?? 0) > 0 && !taken.has(i.serviceId)).map((i) => ({ articleId: a.articleId, item: i })))[0];
  if (!pick) throw new Error(`no demo article in region ${region} has a service surfacing by keyword`);
  const other = articles.flatMap((a) => a.items.filter((i) => i.reasons !== null && i.serviceId !== pick.item.serviceId && !taken.has(i.serviceId)).map((i) => ({ articleId: a.articleId, serviceId: i.serviceId })))[0]!;
  const now = new Date().toISOString();
  const base = { regionCode: region, details: {}, sourceFlagId: null, sourceDescriptionRequestId: null, sourceProposalId: null, baseSnapshotId: latestSnapshotId(handle), createdBy: 'selaintesti', createdAt: now };
  writeTransaction(handle, () => {
    const fixed = insertChangeRequest(handle, {
      ...base,
      type: 'service.removeItem',
      recipient: { kind: 'organization', organizationId: null, name: 'Palvelun omistaja', email: null },
      serviceId: pick.item.serviceId,
      itemKind: 'keywords',
      itemValue: pick.item.reasons!.keywords[0]!,
      reason: 'Selaintesti: asiasana nostaa palvelun väärään artikkeliin',
      state: 'sent',
      articleIds: [pick.articleId],
    });
    const ready = insertChangeRequest(handle, {
      ...base,
      type: 'rule.block',
      recipient: digifinlandRecipient,
      serviceId: other.serviceId,
      itemKind: null,
      itemValue: null,
      reason: readyReason,
      state: 'ready',
      articleIds: [other.articleId],
    });
    fixedRequest = { id: fixed.id, code: fixed.code };
    readyRequest = { id: ready.id, code: ready.code };
  });
  const demo = generateDemo(1);
  const services = demo.services.filter((s) => String(s['id']).toLowerCase() !== pick.item.serviceId.toLowerCase());
  servicesInFile = services.length;
  writeFileSync(join(folder, uploadName), JSON.stringify([...demo.organizations, ...services]));
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lp-e2e-files-'));
  server = await startE2eServer(async (handle) => prepare(handle));
  ({ browser, page, errors } = await openSignedInPage(server, server.accounts.manager, { bypassCSP: true, acceptDownloads: true }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The value shown under a label in the import result. */
const fact = (label: string) => page.locator('.lp-import-facts div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');

describe('importing a catalogue file from the browser', () => {
  it('uploads, shows the new snapshot and which change request it verified', async () => {
    const before = latestSnapshotId(server.handle);
    await page.getByRole('link', { name: 'Tuonti', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tietojen tuonti' }).waitFor();
    await expectNoViolations(page);

    await page.locator('input[type=file]').setInputFiles(join(folder, uploadName));
    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.getByRole('heading', { name: `Tuotu: ${uploadName}` }).waitFor({ timeout: 30_000 });

    const snapshot = latestSnapshotId(server.handle);
    expect(snapshot).not.toBe(before);
    expect(await fact('Uusi tilanne').textContent()).toBe(`#${snapshot}`);
    expect(Number((await fact('Palveluja').textContent())?.replace(/\D/g, ''))).toBe(servicesInFile);
    const verifiedLink = page.locator('.lp-import-verified').getByRole('link', { name: fixedRequest.code });
    expect(await verifiedLink.getAttribute('href')).toBe(`/change-requests/${fixedRequest.id}?region=${region}`);
    expect(findChangeRequest(server.handle, fixedRequest.id)?.state).toBe('verified');
    // Rule changes are DigiFinland's: a catalogue import leaves the ready request open.
    expect(findChangeRequest(server.handle, readyRequest.id)?.state).toBe('ready');
    await expectNoViolations(page);
  });
});

describe('exporting change requests', () => {
  it('exports the ready requests to XLSX from the list, downloads it and marks them sent', async () => {
    await page.goto(`${server.url}/change-requests?region=${region}`);
    await page.getByRole('heading', { level: 1, name: 'Muutospyynnöt' }).waitFor();
    await page.getByRole('button', { name: 'Vie tiedostoon' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Vie muutospyynnöt' }).waitFor();
    expect(await dialog.getByRole('radio', { name: 'Excel-taulukko (XLSX)' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'Valmis lähetettäväksi' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'Merkitse lähetetyiksi' }).isChecked()).toBe(true);
    // JSON is for one's own use: it does not mark sent unless asked; the workbook does again.
    await dialog.getByText('JSON (tietojen siirtoon)', { exact: true }).click();
    expect(await dialog.getByRole('checkbox', { name: 'Merkitse lähetetyiksi' }).isChecked()).toBe(false);
    expect(await dialog.locator('[data-testid="export-consequence"]').textContent()).toBe('Pyyntöjen tilat eivät muutu.');
    await dialog.getByText('Excel-taulukko (XLSX)', { exact: true }).click();
    expect(await dialog.getByRole('checkbox', { name: 'Merkitse lähetetyiksi' }).isChecked()).toBe(true);
    expect(await dialog.locator('[data-testid="export-consequence"]').textContent()).toMatch(/^\d+ pyyntö(ä)? siirtyy tilaan Lähetetty\.$/);
    await expectNoViolations(page);

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Vie', exact: true }).click();
    const file = await download;
    await dialog.getByText(/^Vienti on valmis/).waitFor();
    await expectNoViolations(page);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const rows = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.map((cell) => String(cell ?? '')) : [])));
    const header = rows.find((row) => row.includes('Tunnus / Kod'));
    const row = rows.find((r) => r.includes(readyRequest.code));
    expect(header, 'a sheet with the request columns').toBeDefined();
    expect(row, `a row for ${readyRequest.code}`).toBeDefined();
    expect(row![header!.indexOf('Perustelu / Motivering')]).toBe(readyReason);

    expect(findChangeRequest(server.handle, readyRequest.id)?.state).toBe('sent');
    await dialog.getByRole('button', { name: 'Sulje' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('lists the export on the exports page, with the file to download again', async () => {
    await page.getByRole('link', { name: 'Viennit', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Viennit' }).waitFor();
    const latest = page.locator('.lp-exports-table tbody tr').first();
    await latest.getByRole('link', { name: /\.xlsx$/ }).waitFor();
    expect(await latest.locator('td').nth(1).textContent()).toBe(server.accounts.manager.name);
    expect(await latest.locator('td').nth(5).textContent()).toBe('kyllä');
    await expectNoViolations(page);
    expect(errors).toEqual([]);
  });
});
