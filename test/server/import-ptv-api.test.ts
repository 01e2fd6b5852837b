/**
 * PtvApiSource against a fake PTV v11 API on 127.0.0.1 (random port): id pages are
 * followed, `date` is passed for an incremental update, full objects are fetched in
 * batches of at most 100 guids, and HTTP errors or an unreachable/slow API abort the
 * import with a one-line ImportError and nothing written.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listSnapshots, snapshotHashes } from '../../db/queries/catalogue';
import { ArraySource } from '../../server/import/array-source';
import { ImportError } from '../../server/import/import-error';
import { importPtv } from '../../server/import/import-ptv';
import { PtvApiSource } from '../../server/import/ptv-api-source';
import { runCli } from '../helpers/run-cli';
import { dumpTables, tempDb } from '../helpers/temp-db';

const sid = (n: number) => `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const oid = (n: number) => `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function service(id: string): Record<string, unknown> {
  return { id, serviceNames: [{ language: 'fi', value: `Palvelu ${id.slice(-3)}`, type: 'Name' }], areaType: 'Nationwide', serviceClasses: [{ code: 'P3.7' }], publishingStatus: 'Published', responsibleSoteOrganization: null };
}
function organization(id: string): Record<string, unknown> {
  return { id, organizationNames: [{ language: 'fi', value: 'Kunta', type: 'Name' }], organizationType: 'Municipality' };
}

interface FakeApi {
  base: string;
  requests: URL[];
  /** Lets a test answer a request itself; return true when handled. */
  override?: (url: URL, res: ServerResponse) => boolean;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A fake API with `serviceCount` services on id pages of `pageSize`, two organisations and `archived` ids. */
async function fakeApi(serviceCount: number, pageSize = 100, archived: string[] = []): Promise<FakeApi> {
  const serviceIds = Array.from({ length: serviceCount }, (_, i) => sid(i + 1));
  const orgIds = [oid(1), oid(2)];
  const api: FakeApi = { base: '', requests: [] };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    api.requests.push(url);
    if (api.override?.(url, res)) return;
    const send = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const page = (ids: string[], size: number) => {
      const n = Number(url.searchParams.get('page') ?? '1');
      const pageCount = Math.max(1, Math.ceil(ids.length / size));
      send({ pageNumber: n, pageSize: size, pageCount, itemList: ids.slice((n - 1) * size, n * size).map((id) => ({ id, name: 'x' })) });
    };
    const guids = (url.searchParams.get('guids') ?? '').split(',').filter(Boolean);
    const status = url.searchParams.get('status');
    if (url.pathname === '/api/v11/Service' && status === 'Archived') page(archived, 1000);
    else if (url.pathname === '/api/v11/Service' && status === 'Withdrawn') page([], 1000);
    else if (url.pathname === '/api/v11/Service') page(serviceIds, pageSize);
    else if (url.pathname === '/api/v11/Organization') page(orgIds, 1000);
    else if (url.pathname === '/api/v11/Service/list') send(guids.map(service));
    else if (url.pathname === '/api/v11/Organization/list') send(guids.map(organization));
    else res.writeHead(404, { 'content-type': 'application/json' }).end('{"errorMessage":"not found"}');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v11/`;
  return api;
}

const listCalls = (api: FakeApi, kind: string) => api.requests.filter((u) => u.pathname === `/api/v11/${kind}/list`);

describe('reading the API', () => {
  it('follows every id page and fetches the full services in batches of at most 100 guids', async () => {
    const api = await fakeApi(250, 120);
    const { handle } = tempDb();
    const result = await importPtv(handle, new PtvApiSource(api.base));
    expect(result).toMatchObject({ snapshotId: 1, services: 250, organizations: 2, shapes: { v11: 250 } });
    const idPages = api.requests.filter((u) => u.pathname === '/api/v11/Service').map((u) => u.searchParams.get('page'));
    expect(idPages).toEqual(['1', '2', '3']);
    const batches = listCalls(api, 'Service').map((u) => (u.searchParams.get('guids') ?? '').split(','));
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(Array.from({ length: 250 }, (_, i) => sid(i + 1)));
    expect(listCalls(api, 'Organization').map((u) => u.searchParams.get('guids'))).toEqual([`${oid(1)},${oid(2)}`]);
    expect(api.requests.every((u) => !u.searchParams.has('date'))).toBe(true);
    expect(listSnapshots(handle)[0]).toMatchObject({ kind: 'full', source: api.base.replace(/\/$/, ''), serviceCount: 250 });
  });

  it('with `since`, passes it as `date` on every id page and adds the changes to the latest snapshot', async () => {
    const api = await fakeApi(3);
    const { handle } = tempDb();
    await importPtv(handle, new ArraySource('earlier', [service(sid(900))]));
    const result = await importPtv(handle, new PtvApiSource(api.base, { since: '2026-03-01T12:00:00' }));
    expect(result.snapshotId).toBe(2);
    const idCalls = api.requests.filter((u) => u.pathname === '/api/v11/Service' || u.pathname === '/api/v11/Organization');
    // Archived and withdrawn ids first, then the published services and the organisations.
    expect(idCalls.map((u) => u.searchParams.get('status'))).toEqual(['Archived', 'Withdrawn', null, null]);
    expect(idCalls.map((u) => u.searchParams.get('date'))).toEqual(Array(4).fill('2026-03-01T12:00:00'));
    expect([...snapshotHashes(handle, 2).keys()].sort()).toEqual([sid(1), sid(2), sid(3), sid(900)]);
    expect(listSnapshots(handle)[0]).toMatchObject({ kind: 'incremental', baseSnapshotId: 1 });
  });

  it('with `since`, services archived since leave the new snapshot', async () => {
    const api = await fakeApi(1, 100, [sid(900)]);
    const { handle } = tempDb();
    await importPtv(handle, new ArraySource('earlier', [service(sid(900)), service(sid(901))]));
    const result = await importPtv(handle, new PtvApiSource(api.base, { since: '2026-03-01T12:00:00' }));
    expect(result).toMatchObject({ snapshotId: 2, services: 1, archived: 1 });
    expect([...snapshotHashes(handle, 2).keys()].sort()).toEqual([sid(1), sid(901)]);
    expect([...snapshotHashes(handle, 1).keys()].sort()).toEqual([sid(900), sid(901)]);
  });

  it('with `since`, a day without changes is no error and makes no snapshot', async () => {
    const api = await fakeApi(0);
    api.override = (url, res) => {
      if (url.pathname !== '/api/v11/Organization') return false;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"pageNumber":1,"pageSize":1000,"pageCount":0,"itemList":null}');
      return true;
    };
    const { handle } = tempDb();
    await importPtv(handle, new ArraySource('earlier', [service(sid(900))]));
    expect(await importPtv(handle, new PtvApiSource(api.base, { since: '2026-03-01T12:00:00' }))).toMatchObject({ snapshotId: null, services: 0, archived: 0 });
    expect(listSnapshots(handle)).toHaveLength(1);
  });

  it('an empty id page (itemList null) imports the organisations only', async () => {
    const api = await fakeApi(0);
    api.override = (url, res) => {
      if (url.pathname !== '/api/v11/Service') return false;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"pageNumber":1,"pageSize":1000,"pageCount":0,"itemList":null}');
      return true;
    };
    const { handle } = tempDb();
    expect(await importPtv(handle, new PtvApiSource(api.base))).toMatchObject({ snapshotId: null, services: 0, organizations: 2 });
  });
});

describe('failures write nothing', () => {
  async function expectNothingWritten(source: PtvApiSource, message: RegExp): Promise<void> {
    const { handle } = tempDb();
    await importPtv(handle, new ArraySource('earlier', [service(sid(900))]));
    const before = dumpTables(handle);
    const failure = importPtv(handle, source);
    await expect(failure).rejects.toBeInstanceOf(ImportError);
    await expect(failure).rejects.toThrow(message);
    expect(dumpTables(handle)).toEqual(before);
  }

  it('an HTTP 500 on the second batch', async () => {
    const api = await fakeApi(150);
    api.override = (url, res) => {
      if (url.pathname !== '/api/v11/Service/list' || listCalls(api, 'Service').length < 2) return false;
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"errorMessage":"boom"}');
      return true;
    };
    await expectNothingWritten(new PtvApiSource(api.base), /\/api\/v11\/Service\/list\?guids=[^ ]+: the catalogue API answered HTTP 500$/);
  });

  it('an unreachable URL (a closed port)', async () => {
    const api = await fakeApi(1);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    await expectNothingWritten(new PtvApiSource(api.base), /: could not reach the catalogue API: /);
  });

  it('an API that never answers times out', async () => {
    const api = await fakeApi(1);
    api.override = () => true; // hold every request open
    await expectNothingWritten(new PtvApiSource(api.base, { timeoutMs: 300 }), /\/api\/v11\/Service\?page=1: could not reach the catalogue API: timed out$/);
  });

  it('invalid JSON and a missing envelope', async () => {
    const api = await fakeApi(1);
    api.override = (url, res) => {
      if (url.pathname !== '/api/v11/Service') return false;
      res.writeHead(200, { 'content-type': 'application/json' }).end(url.searchParams.has('date') ? '[]' : '{"itemList": [');
      return true;
    };
    await expectNothingWritten(new PtvApiSource(api.base), /: invalid JSON from the catalogue API: /);
    await expectNothingWritten(new PtvApiSource(api.base, { since: '2026-01-01T00:00:00' }), /: expected a paging envelope \{pageNumber, pageSize, pageCount, itemList\}$/);
  });
});

describe('the CLI with a URL', () => {
  it('`import ptv <url> --since …` prints the result and passes the date', async () => {
    const api = await fakeApi(2);
    const { handle, path } = tempDb();
    await importPtv(handle, new ArraySource('earlier', [service(sid(900))]));
    handle.close();
    const run = await runCli(['--db', path, 'import', 'ptv', api.base, '--since', '2026-03-01T12:00:00']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ snapshotId: 2, services: 2, organizations: 2, archived: 0, skipped: {}, shapes: { v11: 2 } });
    expect(api.requests.find((u) => u.pathname === '/api/v11/Service')?.searchParams.get('date')).toBe('2026-03-01T12:00:00');
  });

  it('`--since` in another format is refused before any request', async () => {
    const api = await fakeApi(2);
    const { path } = tempDb();
    const run = await runCli(['--db', path, 'import', 'ptv', api.base, '--since', '2026-03-01']);
    expect([run.code, run.stdout, run.stderr]).toEqual([1, '', 'error: --since must be yyyy-MM-ddTHH:mm:ss (UTC)\n']);
    expect(api.requests).toEqual([]);
  });
});
