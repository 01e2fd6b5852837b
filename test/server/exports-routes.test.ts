/**
 * The download route (headers, who may download) and the command line: `export requests`
 * writes the file atomically and refuses bad options without writing anything;
 * `import requests` reads a JSON export back.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../db/client';
import { findChangeRequest } from '../../db/queries/change-requests';
import { asciiFileName, attachmentDisposition } from '../../server/export/content-disposition';
import { insertRequestExport } from '../../server/export/export-store';
import { runCli } from '../helpers/run-cli';
import { tempDb, tempDir } from '../helpers/temp-db';
import { listen, sessionCookieOf } from '../helpers/test-app';
import { userNamed } from '../helpers/test-users';
import { insertFixtureRequests } from './exports-fixture';
import { ARTICLES, CLOCK, REGION, catalogueRecords, reviewFixture } from './review-fixture';
import { importArticlesData } from '../../server/import/import-articles';
import { importPtv } from '../../server/import/import-ptv';
import { ArraySource } from '../../server/import/array-source';

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name (RFC 6266 / 5987)', () => {
    expect(attachmentDisposition('muutospyynnot-01-2026-11-20.xlsx')).toBe(`attachment; filename="muutospyynnot-01-2026-11-20.xlsx"; filename*=UTF-8''muutospyynnot-01-2026-11-20.xlsx`);
    expect(attachmentDisposition('Kirje "ä" (1)\r\nSet-Cookie: x=1.pdf')).toBe(
      `attachment; filename="Kirje _a_ (1) Set-Cookie: x=1.pdf"; filename*=UTF-8''Kirje%20%22%C3%A4%22%20%281%29%20Set-Cookie%3A%20x%3D1.pdf`,
    );
    expect(asciiFileName('日本')).toBe('__');
    expect(asciiFileName('\r\n')).toBe('download');
  });
});

describe('GET /api/exports/:id/file', () => {
  let f: Awaited<ReturnType<typeof reviewFixture>>;
  let app: Awaited<ReturnType<typeof listen>>;
  let exportId = 0;
  const body = Buffer.from('\uFEFFTunnus / Kod;Tila\r\nLP-2026-0001;Valmis\r\n', 'utf8');
  beforeAll(async () => {
    f = await reviewFixture();
    exportId = writeTransaction(f.context.handle, () =>
      insertRequestExport(f.context.handle, {
        regionCode: REGION,
        format: 'csv',
        language: 'fi',
        recipient: null,
        requestIds: [1],
        markedSent: false,
        fileName: 'Pyynnöt "Espoo"\r\n.csv',
        contentType: 'text/csv; charset=utf-8',
        body,
        sha256: 'x',
        createdBy: 'test',
        createdAt: CLOCK.toISOString(),
      }),
    );
    app = await listen(f.context);
  });
  afterAll(async () => {
    await app.close();
    f.cleanup();
  });
  const get = (path: string, cookie?: string) => fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {} });

  it('serves the stored bytes to a manager as a download that is never cached or sniffed', async () => {
    const res = await get(`/api/exports/${exportId}/file`, sessionCookieOf(f.context, userNamed(f.context.handle, 'Päivi Pääkäyttäjä', 'manager')));
    expect(res.status).toBe(200);
    expect({
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      cache: res.headers.get('cache-control'),
      nosniff: res.headers.get('x-content-type-options'),
      length: res.headers.get('content-length'),
    }).toEqual({
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="Pyynnot _Espoo_ .csv"; filename*=UTF-8''Pyynn%C3%B6t%20%22Espoo%22%20.csv`,
      cache: 'no-store',
      nosniff: 'nosniff',
      length: String(body.length),
    });
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
  });

  it('401 without a session, 403 for a viewer or a lead, 404 for an unknown or malformed id', async () => {
    expect((await get(`/api/exports/${exportId}/file`)).status).toBe(401);
    const viewer = sessionCookieOf(f.context, userNamed(f.context.handle, 'Ville Katselija', 'viewer'));
    const viewerAnswer = await get(`/api/exports/${exportId}/file`, viewer);
    expect(viewerAnswer.status).toBe(403);
    expect(viewerAnswer.headers.get('cache-control')).toBe('no-store');
    expect((await get(`/api/exports/${exportId}/file`, sessionCookieOf(f.context, userNamed(f.context.handle, 'Leena Vetäjä', 'lead', ['vauva'])))).status).toBe(403);
    const manager = sessionCookieOf(f.context, userNamed(f.context.handle, 'Päivi Pääkäyttäjä', 'manager'));
    expect((await get('/api/exports/9999/file', manager)).status).toBe(404);
    expect((await get('/api/exports/1e3/file', manager)).status).toBe(404);
  });
});

describe('command line', () => {
  /** A database file with the review fixture's catalogue, articles and requests. */
  async function fixtureDb(withRequests = true): Promise<{ path: string; dir: string; handle: ReturnType<typeof tempDb>['handle'] }> {
    const db = tempDb();
    await importPtv(db.handle, new ArraySource('fixture', catalogueRecords()), { now: () => CLOCK });
    importArticlesData(db.handle, { articles: ARTICLES }, 'fixture');
    if (withRequests) insertFixtureRequests(db.handle);
    return db;
  }

  it('exports, writes the file atomically, marks as sent and prints a summary; the JSON imports back', async () => {
    const db = await fixtureDb();
    const out = join(db.dir, 'pyynnot.json');
    const result = await runCli(['--db', db.path, 'export', 'requests', '--region', REGION, '--format', 'json', '--out', out, '--mark-sent']);
    expect(result.stderr).toMatch(/export requests: save/);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ requestCount: 4, format: 'json', out, markedSent: ['LP-2026-0001', 'LP-2026-0002', 'LP-2026-0003', 'LP-2026-0004'] });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'linkkipaja.change-requests', requests: expect.arrayContaining([expect.objectContaining({ code: 'LP-2026-0001', state: 'sent' })]) });
    expect(readdirSync(db.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(findChangeRequest(db.handle, 1)).toMatchObject({ state: 'sent' });

    const other = await fixtureDb(false);
    const imported = await runCli(['--db', other.path, 'import', 'requests', out]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ inserted: ['LP-2026-0001', 'LP-2026-0002', 'LP-2026-0003', 'LP-2026-0004'], skipped: [] });
    expect(findChangeRequest(other.handle, 1)).toMatchObject({ code: 'LP-2026-0001', state: 'sent', sentAt: expect.any(String) });
  });

  it('refuses a broken --format with a clear message and writes no file', async () => {
    const db = await fixtureDb();
    const out = join(db.dir, 'pyynnot.docx');
    const result = await runCli(['--db', db.path, 'export', 'requests', '--region', REGION, '--format', 'docx', '--out', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toBe('error: --format must be one of xlsx, csv, json, html, pdf, got "docx"\n');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(db.dir).filter((name) => name.includes('pyynnot'))).toEqual([]);
  });

  it('writes nothing when the folder does not exist, and marks nothing as sent', async () => {
    const db = await fixtureDb();
    const out = join(tempDir(), 'no-such-folder', 'pyynnot.xlsx');
    const result = await runCli(['--db', db.path, 'export', 'requests', '--region', REGION, '--out', out, '--mark-sent']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*pyynnot\.xlsx: could not write the file/m);
    expect(findChangeRequest(db.handle, 1)).toMatchObject({ state: 'ready' });
    expect(db.handle.sqlite.prepare('SELECT count(*) FROM request_exports').pluck().get()).toBe(0);
  });
});
