/**
 * The real HTTP app (createApp + createBaseContext, production mode, silent logger) in a
 * process of its own, so that the load generator does not share its event loop.
 * Usage: node [tsx loader] api-server-child.ts <db-path> [client-dir]
 * Prints {"port":…,"cookie":…} once listening on 127.0.0.1 (the cookie is a signed-in bench
 * manager's session, so the load measures the API as people use it: session check included).
 * Then answers lines on stdin:
 *   "stats" → {"routes":{path:{requests,meanMs,p50Ms,p95Ms,maxMs,totalMs}},"elu":…,"heapMb":…}
 *             since the previous "stats" (service time = request parsed → response finished,
 *             in this process; the part of a client's latency that is not queueing), then
 *             resets.
 * Every answer also carries `Server-Timing: app;dur=<ms>` (request parsed → headers written,
 * i.e. the handler's work and the body serialised), so that a browser can tell server time
 * from network and its own work (PerformanceResourceTiming.serverTiming).
 * Exits when stdin closes or on SIGTERM.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { createDb, writeTransaction } from '../../db/client';
import { findUserByEmail, insertUser } from '../../db/queries/users';
import { sessionCookieName } from '../../server/auth/session-cookie';
import { createApp } from '../../server/app';
import { createBaseContext } from '../../server/services/create-context';

interface RouteStats {
  requests: number;
  totalMs: number;
  maxMs: number;
  /** Every service time (ms), for the percentiles; capped so that a long run cannot grow it without bound. */
  samples: number[];
}

const maxSamples = 200_000;

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

function main(dbPath: string, clientDir: string | undefined): void {
  const handle = createDb(dbPath);
  const context = createBaseContext(handle, pino({ level: 'silent' }), true);
  const app = createApp({ context, ...(clientDir ? { clientDir } : {}) });
  const benchEmail = 'bench.manager@bench.invalid';
  const userId =
    findUserByEmail(handle, benchEmail)?.id ??
    writeTransaction(handle, () => insertUser(handle, { email: benchEmail, name: 'Bench Manager', role: 'manager', topics: [], passwordHash: null, createdBy: 'bench', createdAt: new Date().toISOString() }));
  const cookie = `${sessionCookieName}=${context.auth.startSession(userId, 'bench', new Date()).token}`;

  let routes = new Map<string, RouteStats>();
  let eluStart: EventLoopUtilization = performance.eventLoopUtilization();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const start = process.hrtime.bigint();
    const path = (req.url ?? '').split('?')[0] ?? '';
    const writeHead = res.writeHead;
    // Node writes the headers through writeHead, also implicitly (res.end without it).
    res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
      if (!this.headersSent) this.setHeader('server-timing', `app;dur=${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(2)}`);
      return writeHead.apply(this, args);
    } as ServerResponse['writeHead'];
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      let entry = routes.get(path);
      if (!entry) routes.set(path, (entry = { requests: 0, totalMs: 0, maxMs: 0, samples: [] }));
      entry.requests += 1;
      entry.totalMs += ms;
      entry.maxMs = Math.max(entry.maxMs, ms);
      if (entry.samples.length < maxSamples) entry.samples.push(ms);
    });
    app(req, res);
  });
  server.keepAliveTimeout = 30_000;

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    server.close();
    server.closeAllConnections();
    handle.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  createInterface({ input: process.stdin })
    .on('line', (line) => {
      if (line.trim() !== 'stats') return;
      const elu = performance.eventLoopUtilization(eluStart);
      const out: Record<string, { requests: number; meanMs: number; p50Ms: number; p95Ms: number; maxMs: number; totalMs: number }> = {};
      for (const [path, s] of routes) {
        const sorted = s.samples.sort((a, b) => a - b);
        out[path] = { requests: s.requests, meanMs: s.totalMs / s.requests, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), maxMs: s.maxMs, totalMs: s.totalMs };
      }
      process.stdout.write(JSON.stringify({ routes: out, elu: elu.utilization, heapMb: Math.round(process.memoryUsage().heapUsed / 1048576) }) + '\n');
      routes = new Map();
      eluStart = performance.eventLoopUtilization();
    })
    .on('close', shutdown);

  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.stdout.write(JSON.stringify({ port, pid: process.pid, cookie }) + '\n');
  });
}

const [dbPath, clientDir] = process.argv.slice(2);
if (dbPath && process.argv[1]?.endsWith('api-server-child.ts')) {
  try {
    main(dbPath, clientDir);
  } catch (error) {
    process.stderr.write(`api server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  }
}
