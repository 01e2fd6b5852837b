import { crossSiteRequest } from './security-headers';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { can } from '../../shared/domain/permissions';
import type { UserRecord } from '../../db/queries/users';
import { readSessionCookie } from '../auth/session-cookie';
import type { Context } from '../context';
import { FileSource } from '../import/file-source';
import { importArticles } from '../import/import-articles';
import { ImportError } from '../import/import-error';
import { importPtv } from '../import/import-ptv';
import type { JobKind, JobProgress } from '../jobs/job-registry';

/** Largest upload of each kind; a national PTV dump is ~200 MB, an articles file a few MB. */
export const defaultImportMaxBytes = { catalogue: 512 * 1024 * 1024, articles: 20 * 1024 * 1024 };

export interface ImportRoutesOptions {
  context: Context;
  /** Upload caps in bytes (LINKKIPAJA_IMPORT_MAX_MB); each defaults to defaultImportMaxBytes. */
  maxBytes?: { catalogue?: number; articles?: number };
}

type UploadKind = 'catalogue' | 'articles';

/** What each upload accepts: the file itself as the body, never a form. */
const acceptedTypes: Record<UploadKind, readonly string[]> = {
  catalogue: ['application/json'],
  articles: ['application/json', 'text/csv'],
};

/**
 * POST /api/imports/catalogue and /api/imports/articles: a manager uploads a PTV JSON file or
 * an articles file from the browser. The body streams to a temp file under a size cap (the
 * cap holds while streaming, so an oversized upload never fills the disk); the import then
 * runs as a job the page polls, and the answer is 202 with its id at once.
 */
export function importRoutes({ context, maxBytes = {} }: ImportRoutesOptions): Router {
  const caps: Record<UploadKind, number> = { catalogue: maxBytes.catalogue ?? defaultImportMaxBytes.catalogue, articles: maxBytes.articles ?? defaultImportMaxBytes.articles };
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  for (const kind of ['catalogue', 'articles'] as const) {
    router.post(`/${kind}`, (req, res) => {
      void receive(context, kind, caps[kind], req, res).catch((error: unknown) => {
        context.log.error({ err: error }, 'import upload failed');
        if (!res.headersSent) res.status(500).json({ error: 'Internal error' });
      });
    });
  }
  return router;
}

async function receive(context: Context, kind: UploadKind, cap: number, req: Request, res: Response): Promise<void> {
  if (crossSiteRequest(req)) return refuse(req, res, 403, 'cross-origin request refused');
  const user = context.auth.resolve(readSessionCookie(req.headers.cookie), context.now())?.user ?? null;
  if (!user) return refuse(req, res, 401, 'sign in first');
  if (!can(user, 'importCatalogue')) return refuse(req, res, 403, 'only a manager may import');
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!acceptedTypes[kind].includes(type)) return refuse(req, res, 415, `send the file itself as ${acceptedTypes[kind].join(' or ')}`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > cap) return refuse(req, res, 413, tooLarge(cap));

  const dir = await mkdtemp(join(tmpdir(), 'lp-upload-'));
  const path = join(dir, type === 'text/csv' ? 'upload.csv' : 'upload.json');
  const removeTemp = () => rm(dir, { recursive: true, force: true });
  const stored = await storeCapped(req, path, cap).catch(async (error: unknown) => {
    await removeTemp();
    throw error;
  });
  if (stored.outcome !== 'stored') {
    await removeTemp();
    if (stored.outcome === 'tooLarge') refuse(req, res, 413, tooLarge(cap));
    return; // the browser went away mid-upload: nobody to answer
  }

  const name = fileNameOf(req.query['name'], kind);
  const incremental = req.query['incremental'] === '1';
  const jobKind: JobKind = kind === 'catalogue' ? 'import.catalogue' : 'import.articles';
  const job = context.jobs.start(jobKind, user.id, async (report) => {
    try {
      const result = kind === 'catalogue' ? await runCatalogue(context, path, incremental, report) : await runArticles(context, path, user, report);
      return { fileName: name, ...result };
    } catch (error) {
      // The temp file's path means nothing to the person; the name of the file they chose does.
      if (error instanceof ImportError) throw new ImportError(error.where.split(path).join(name), error.problem.split(path).join(name));
      throw error;
    } finally {
      await removeTemp();
    }
  });
  context.log.info({ user: user.id, kind, bytes: stored.bytes, job: job.id }, 'import uploaded');
  res.status(202).json({ jobId: job.id });
}

function runCatalogue(context: Context, path: string, incremental: boolean, report: (progress: JobProgress) => void) {
  report({ phase: 'read', done: 0, total: null });
  return importPtv(context.handle, new FileSource(path), {
    incremental,
    onVerificationError: logVerificationError(context),
    // Streaming a file, the number of services is not known before the end.
    onProgress: (p) => report({ phase: p.phase, done: p.services, total: null }),
  });
}

/** The import answers the browser in general words; the log keeps what actually failed. */
function logVerificationError(context: Context) {
  return (error: unknown) => context.log.error({ err: error }, 'verification after import failed');
}

async function runArticles(context: Context, path: string, user: UserRecord, report: (progress: JobProgress) => void) {
  report({ phase: 'read', done: 0, total: null });
  const result = await importArticles(context.handle, path, { now: context.now, by: user.name, onVerificationError: logVerificationError(context) });
  report({ phase: 'write', done: result.articles, total: result.articles });
  return result;
}

/**
 * Copies the request body to `path`, counting bytes as they pass: past `cap` the copy stops at
 * once and the rest of the body is discarded (the connection stays up for the 413 answer).
 * 'aborted' when the browser closed the connection before the end.
 */
function storeCapped(req: Request, path: string, cap: number): Promise<{ outcome: 'stored' | 'tooLarge' | 'aborted'; bytes: number }> {
  return new Promise((resolve, reject) => {
    const file = createWriteStream(path, { mode: 0o600 });
    let bytes = 0;
    let settled = false;
    const settle = (outcome: 'stored' | 'tooLarge' | 'aborted') => {
      if (settled) return;
      settled = true;
      if (outcome === 'stored') file.end();
      else file.destroy();
      file.once('close', () => resolve({ outcome, bytes }));
    };
    file.once('error', (error) => {
      if (settled) return;
      settled = true;
      req.resume();
      reject(error);
    });
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      bytes += chunk.length;
      if (bytes > cap) return settle('tooLarge');
      if (!file.write(chunk)) {
        req.pause();
        file.once('drain', () => req.resume());
      }
    });
    req.once('end', () => settle('stored'));
    req.once('close', () => {
      if (!req.complete) settle('aborted');
    });
    req.once('error', () => settle('aborted'));
  });
}

/**
 * Answers before (or instead of) reading the body. The connection closes after the answer, so
 * a large refused upload is not read to its end; what is already on its way is discarded.
 */
function refuse(req: Request, res: Response, status: number, error: string): void {
  res.setHeader('Connection', 'close');
  res.status(status).json({ error });
  if (!req.readableEnded && !req.destroyed) req.resume();
}

const tooLarge = (cap: number) => `the file is over the ${Math.floor(cap / (1024 * 1024)) || cap} ${cap >= 1024 * 1024 ? 'MB' : 'byte'} limit`;

/** The chosen file's name for messages: a plain base name, or a neutral default. */
function fileNameOf(value: unknown, kind: UploadKind): string {
  const name = typeof value === 'string' ? value.split(/[\\/]/).pop()!.replace(/[^\p{L}\p{N} ._()-]/gu, '').trim().slice(0, 120) : '';
  return name || (kind === 'catalogue' ? 'catalogue.json' : 'articles');
}
