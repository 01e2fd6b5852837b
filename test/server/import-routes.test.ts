/**
 * Uploads from the browser: POST /api/imports/catalogue and /api/imports/articles. Who may,
 * what may come (the file itself, from our own origin, under a size cap enforced while
 * streaming), and the import running as a job that ends in a snapshot or an ImportError.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestSnapshotId, listSnapshots } from '../../db/queries/catalogue';
import { createApp } from '../../server/app';
import type { JobState } from '../../server/jobs/job-registry';
import { sessionCookieOf, testContext } from '../helpers/test-app';
import { dumpTables } from '../helpers/temp-db';
import { userNamed } from '../helpers/test-users';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name));
const catalogueFile = fixture('ptv/family-catalogue.json');
const articlesCsv = fixture('files/articles.csv');
/** The caps of this test's server: the fixtures fit, a few kilobytes more do not. */
const caps = { catalogue: 16 * 1024, articles: 4 * 1024 };

let env: ReturnType<typeof testContext>;
let url: string;
let close: () => Promise<void>;
let manager: string;
let viewer: string;
/** Uploads are spooled under TMPDIR: a folder of its own shows whether any were left behind. */
let spool: string;
let tmpdirBefore: string | undefined;

beforeAll(async () => {
  env = testContext();
  tmpdirBefore = process.env['TMPDIR'];
  spool = mkdtempSync(join(tmpdir(), 'lp-spool-'));
  process.env['TMPDIR'] = spool;
  const server = createApp({ context: env.context, importMaxBytes: caps }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
  manager = sessionCookieOf(env.context, userNamed(env.handle, 'Päivi Pääkäyttäjä', 'manager'));
  viewer = sessionCookieOf(env.context, userNamed(env.handle, 'Ville Katselija', 'viewer'));
});

afterAll(async () => {
  await close();
  env.cleanup();
  if (tmpdirBefore === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = tmpdirBefore;
  rmSync(spool, { recursive: true, force: true });
});

function upload(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return fetch(`${url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

async function settledJob(response: Response): Promise<JobState> {
  expect(response.status).toBe(202);
  const { jobId } = (await response.json()) as { jobId: string };
  const job = await env.context.jobs.settled(jobId);
  if (!job) throw new Error(`job ${jobId} is not known`);
  return job;
}

/** What an import changes (the sessions table moves with every signed-in call, so it is left out). */
const contentTables = () => {
  const { sessions: _sessions, ...rest } = dumpTables(env.handle);
  return rest;
};

describe('who may upload', () => {
  it('refuses without a session (401) and a viewer (403), reading nothing', async () => {
    const before = contentTables();
    const anonymous = await upload('/api/imports/catalogue', catalogueFile);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'sign in first' });
    const asViewer = await upload('/api/imports/catalogue', catalogueFile, { cookie: viewer });
    expect(asViewer.status).toBe(403);
    expect((await upload('/api/imports/articles', articlesCsv, { cookie: viewer, 'content-type': 'text/csv' })).status).toBe(403);
    expect(contentTables()).toEqual(before);
    expect(readdirSync(spool)).toEqual([]);
  });

  it('refuses a cross-origin upload even from a manager', async () => {
    const foreign = await upload('/api/imports/catalogue', catalogueFile, { cookie: manager, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({ error: 'cross-origin request refused' });
    expect((await upload('/api/imports/articles', articlesCsv, { cookie: manager, 'content-type': 'text/csv', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(latestSnapshotId(env.handle)).toBeNull();
  });

  it('refuses forms (multipart, urlencoded) and CSV where only JSON is read: 415', async () => {
    const form = new FormData();
    form.set('file', new Blob([catalogueFile]), 'catalogue.json');
    const multipart = await fetch(`${url}/api/imports/catalogue`, { method: 'POST', body: form, headers: { cookie: manager } });
    expect(multipart.status).toBe(415);
    expect((await multipart.json()) as { error: string }).toEqual({ error: 'send the file itself as application/json' });
    expect((await upload('/api/imports/articles', 'a=1', { cookie: manager, 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await upload('/api/imports/catalogue', articlesCsv, { cookie: manager, 'content-type': 'text/csv' })).status).toBe(415);
    expect(readdirSync(spool)).toEqual([]);
  });
});

describe('the size cap', () => {
  it('answers 413 with a JSON error past the cap, keeps no temp file and changes nothing', async () => {
    const before = contentTables();
    const big = Buffer.alloc(caps.catalogue * 4, 0x20);
    const declared = await upload('/api/imports/catalogue', big, { cookie: manager });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: `the file is over the ${caps.catalogue} byte limit` });
    expect(declared.headers.get('cache-control')).toBe('no-store');
    expect(contentTables()).toEqual(before);
    expect(readdirSync(spool)).toEqual([]);
  });

  it('enforces the cap while streaming when the size is not declared (chunked upload)', async () => {
    const before = contentTables();
    const chunk = new Uint8Array(1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= caps.articles * 3) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${url}/api/imports/articles`, { method: 'POST', body: stream, duplex: 'half', headers: { cookie: manager, 'content-type': 'application/json' } } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: `the file is over the ${caps.articles} byte limit` });
    expect(contentTables()).toEqual(before);
    expect(readdirSync(spool)).toEqual([]);
  });
});

describe('importing', () => {
  it('a broken catalogue file: the job fails with the ImportError, naming the chosen file, and nothing changes', async () => {
    const before = contentTables();
    const broken = Buffer.from('[{"id": "f0000000-0000-4000-8000-000000000004",\n "areaType": "Nationwide"\n "publishingStatus": "Published"}]');
    const job = await settledJob(await upload('/api/imports/catalogue?name=palvelut.json', broken, { cookie: manager }));
    expect(job.status).toBe('failed');
    expect(job.kind).toBe('import.catalogue');
    expect(job.error).toMatch(/^palvelut\.json:\d+: invalid JSON/);
    expect(job.error).not.toContain(spool);
    expect(contentTables()).toEqual(before);
    expect(readdirSync(spool)).toEqual([]);
  });

  it('a good PTV file: 202 at once, the job reports progress and ends in a new snapshot', async () => {
    const response = await upload('/api/imports/catalogue?name=family-catalogue.json', catalogueFile, { cookie: manager });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const job = await settledJob(response);
    expect(job.error).toBeNull();
    expect(job.status).toBe('done');
    expect(job.progress.phase).not.toBe('start');
    const result = job.result as { fileName: string; snapshotId: number; services: number; organizations: number };
    expect(result.fileName).toBe('family-catalogue.json');
    expect(result.snapshotId).toBe(latestSnapshotId(env.handle));
    expect(result.services).toBeGreaterThan(0);
    expect(listSnapshots(env.handle)).toHaveLength(1);
    expect(readdirSync(spool)).toEqual([]);
  });

  it('an incremental update builds on the latest snapshot', async () => {
    const job = await settledJob(await upload('/api/imports/catalogue?incremental=1', fixture('ptv/family-catalogue-v2.json'), { cookie: manager }));
    expect(job.status).toBe('done');
    const snapshots = listSnapshots(env.handle);
    expect(snapshots).toHaveLength(2);
    expect(snapshots.find((s) => s.id === (job.result as { snapshotId: number }).snapshotId)?.kind).toBe('incremental');
  });

  it('an articles CSV imports as the manager, and a bad row fails naming its line', async () => {
    const good = await settledJob(await upload('/api/imports/articles?name=artikkelit.csv', articlesCsv, { cookie: manager, 'content-type': 'text/csv' }));
    expect(good.status).toBe('done');
    expect(good.result).toMatchObject({ fileName: 'artikkelit.csv', articles: 2, created: 2 });
    const history = env.handle.sqlite.prepare(`SELECT user_name FROM history_events WHERE kind = 'import.articles'`).pluck().all();
    expect(history).toEqual(['Päivi Pääkäyttäjä']);
    const bad = await settledJob(await upload('/api/imports/articles?name=huono.csv', fixture('files/articles-bad-row.csv'), { cookie: manager, 'content-type': 'text/csv' }));
    expect(bad.status).toBe('failed');
    expect(bad.error).toMatch(/^huono\.csv: line \d+: /);
    expect(readdirSync(spool)).toEqual([]);
  });
});

describe('headers', () => {
  it('every answer carries no-store, nosniff and the other security headers', async () => {
    const answers = [
      await upload('/api/imports/catalogue', catalogueFile),
      await upload('/api/imports/catalogue', catalogueFile, { cookie: viewer }),
      await upload('/api/imports/catalogue', 'x', { cookie: manager, 'content-type': 'multipart/form-data; boundary=x' }),
      await upload('/api/imports/articles', '{"articles": []}', { cookie: manager }),
    ];
    expect(answers.map((r) => r.status)).toEqual([401, 403, 415, 202]);
    for (const res of answers) {
      const headers = Object.fromEntries(['cache-control', 'x-content-type-options', 'x-frame-options', 'content-type'].map((h) => [h, res.headers.get(h)]));
      expect(headers).toMatchInlineSnapshot(`
        {
          "cache-control": "no-store",
          "content-type": "application/json; charset=utf-8",
          "x-content-type-options": "nosniff",
          "x-frame-options": "DENY",
        }
      `);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
    await settledJob(answers[3]!); // not left running into the next test's database
  });
});
