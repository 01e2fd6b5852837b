/**
 * API under load (quality-bar.md: "article list and article diff: p95 ≤ 25 ms at 50
 * concurrent clients, 0 errors"). The real app (createApp + createBaseContext, production
 * mode) runs in a child process (api-server-child.ts) on a database prepared here; the
 * load comes from another child process (load-client.ts): 50 closed-loop clients on
 * keep-alive connections, GET /trpc/articles.list and GET /trpc/articles.diff in turn
 * (the diff cycling through every article of the list). Baseline in the same run: GET
 * /api/health under the same 50-client load (the floor of node + express on this machine).
 * Then the same requests under a realistic load (open loop, load-client.ts): the same 50
 * clients, each sending one request every 200 ms on its own schedule (≈ 250 requests/s in
 * all), latency counted from the scheduled send time; baseline: /api/health on the same
 * schedule. (Closed loop on 2 cores is a throughput test: p95 ≈ 50 × the mean service time.)
 * Run twice: on the national catalogue (heaviest region; approved decisions as
 * apiDecisionScope says) and on the demo county (its own catalogue and decisions).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createDb, writeTransaction } from '../../db/client';
import { upsertApprovedDecisions, type ApprovedDecisionInput } from '../../db/queries/decisions';
import { seedDemo } from '../../server/demo/seed-demo';
import { importArticles } from '../../server/import/import-articles';
import { decisionCount } from './approved-decisions';
import type { BenchCatalogue } from './bench-catalogue';
import { ask, runJsonChild, startJsonChild, type JsonChild } from './bench-children';
import type { LoadOptions, LoadResult, OpenLoopResult, PhaseResult, TargetResult } from './load-client';
import { progress, report } from './measure';

export const apiGoalMs = 25;
const concurrency = 50;
/** Per database: health warm-up + measured, then list/diff warm-up + measured (ms). */
const phaseMs = { healthWarmup: 500, health: 2000, mixedWarmup: 1000, mixed: 5000 } as const;
/** Open loop: one request per client per interval, the same phase lengths; seeded send times. */
const openLoop = { intervalMs: 200, seed: 0x0be7, maxLagMs: 5000 } as const;
/** The open-loop rate counts as sustained when the server completed this share of what was offered. */
const sustainedShare = 0.95;

export interface ApiBenchDb {
  /** Suffix of the bench names ("national", "demo"). */
  label: string;
  dbPath: string;
  region: string;
  /** A second region whose first request is timed too (region diff without the catalogue load). */
  otherRegion?: string;
  description: string;
  /** Serve this built client too (for a browser bench run while the app is up: see benchApi's `whileUp`). */
  clientDir?: string;
}

/**
 * Which approved decisions the national database gets (BENCH_API_DECISIONS):
 * - "region" (default): the heaviest region's own curators' decisions: a county that
 *   imports the whole national catalogue, as the surfacing goal lines measure it;
 * - "national": every region's decisions together: a shared national deployment. Decisions
 *   are not per region, so each region's diff then also lists the other regions' approvals
 *   (as missing / outside the region): far bigger diffs and activity queries.
 */
export type ApiDecisionScope = 'region' | 'national';

export function apiDecisionScope(): ApiDecisionScope {
  return process.env.BENCH_API_DECISIONS === 'national' ? 'national' : 'region';
}

/**
 * Writes the benchmark's articles and approved decisions (made in memory by
 * loadBenchCatalogue) into the imported national database, in place: run it after the
 * benchmarks that read that database.
 */
export async function prepareNationalDb(
  dbPath: string,
  articlesFile: string,
  catalogue: BenchCatalogue,
  region: string,
  scope: ApiDecisionScope,
): Promise<{ articles: number; decisions: number }> {
  const started = Date.now();
  const decisions = scope === 'national' ? catalogue.nationalDecisions : (catalogue.decisionsByRegion.get(region) ?? new Map());
  const handle = createDb(dbPath);
  try {
    const imported = await importArticles(handle, articlesFile, { by: 'bench' });
    const curators = ['Aino', 'Eero', 'Helmi', 'Juho', 'Kaisa', 'Lauri'];
    const rows: ApprovedDecisionInput[] = [];
    for (const [articleId, decided] of decisions) {
      for (const [serviceId, d] of decided) {
        rows.push({ articleId, serviceId, decision: d.decision, decidedBy: curators[rows.length % curators.length] as string, note: null, serviceHash: d.serviceHashAtApproval });
      }
    }
    writeTransaction(handle, () => upsertApprovedDecisions(handle, rows, new Date().toISOString(), 'import'));
    if (rows.length !== decisionCount(decisions)) throw new Error('decision count mismatch');
    progress(
      `API bench: wrote ${imported.articles} articles and ${rows.length} approved decisions (${scope === 'national' ? 'all regions' : `region ${region}'s`}; BENCH_API_DECISIONS=${scope}) into the national database (${Date.now() - started} ms)`,
    );
    return { articles: imported.articles, decisions: rows.length };
  } finally {
    handle.close();
  }
}

/** A fresh database with the demo county (seedDemo: region 01), at `<workDir>/demo.db`. */
export async function prepareDemoDb(workDir: string): Promise<string> {
  const started = Date.now();
  const dbPath = join(workDir, 'demo.db');
  const handle = createDb(dbPath);
  try {
    const seeded = await seedDemo(handle);
    progress(`demo county seeded into ${dbPath}: ${seeded.services} services, ${seeded.articles} articles, ${seeded.decisions} decisions (${Date.now() - started} ms)`);
  } finally {
    handle.close();
  }
  return dbPath;
}

/** Path of a tRPC GET for one procedure and its (JSON) input. */
export function trpcPath(procedure: string, input: unknown): string {
  return `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

export interface ServerStats {
  routes: Record<string, { requests: number; meanMs: number; p50Ms: number; p95Ms: number; maxMs: number; totalMs: number }>;
  elu: number;
  heapMb: number;
}

export interface StartedServer {
  server: JsonChild;
  port: number;
  base: string;
  startMs: number;
  /** Cookie header value of a signed-in manager's session. */
  cookie: string;
}

/** Starts the app in a child process on `dbPath` (and the built client from `clientDir`). */
export async function startAppServer(dbPath: string, label: string, clientDir?: string): Promise<StartedServer> {
  const started = performance.now();
  const server = startJsonChild('api-server-child.ts', clientDir ? [dbPath, clientDir] : [dbPath], `app server (${label})`);
  try {
    const { port, cookie } = (await server.nextMessage(60_000)) as { port: number; cookie: string };
    return { server, port, base: `http://127.0.0.1:${port}`, startMs: performance.now() - started, cookie };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** One timed GET (whole body read), signed in with `cookie` when given; throws unless the answer is 2xx. */
export async function timedGet(url: string, cookie?: string): Promise<{ ms: number; body: string }> {
  const start = performance.now();
  const res = await fetch(url, cookie ? { headers: { cookie } } : {});
  const body = await res.text();
  const ms = performance.now() - start;
  if (!res.ok) throw new Error(`GET ${url} → HTTP ${res.status}: ${body.slice(0, 300)}`);
  return { ms, body };
}

async function runLoadChild(options: LoadOptions, workDir: string, label: string): Promise<PhaseResult> {
  const file = join(workDir, `load-${label}.json`);
  writeFileSync(file, JSON.stringify(options));
  const budget = options.phases.reduce((ms, p) => ms + p.warmupMs + p.durationMs, 0) + 30_000;
  const result = (await runJsonChild('load-client.ts', [file], `load client (${label})`, budget)) as LoadResult;
  return result.phases[0] as PhaseResult;
}

const fmt = (ms: number): string => ms.toFixed(1);
const describeTarget = (t: TargetResult): string =>
  `${t.name}: ${t.requests} requests, p50 ${fmt(t.p50)} / p95 ${fmt(t.p95)} / p99 ${fmt(t.p99)} / max ${fmt(t.max)} ms, ${(t.meanBytes / 1024).toFixed(1)} KB/answer, non-2xx ${t.non2xx}, errors ${t.errors}${t.firstProblem ? ` (first: ${t.firstProblem})` : ''}`;

function describeServer(stats: ServerStats): string {
  const routes = Object.entries(stats.routes)
    .map(([path, r]) => `${path} ${r.requests}× mean ${r.meanMs.toFixed(2)} ms (p95 ${r.p95Ms.toFixed(1)}, max ${r.maxMs.toFixed(1)})`)
    .join('; ');
  return `server-side service time ${routes}; event loop busy ${(stats.elu * 100).toFixed(0)}%, heap ${stats.heapMb} MB`;
}

/**
 * The API measurements on one database. `whileUp` runs on the same app once the load is
 * over (the browser's keystroke bench: the catalogue is loaded already, no second start).
 */
export async function benchApi(target: ApiBenchDb, workDir: string, whileUp?: (app: StartedServer) => Promise<void>): Promise<void> {
  const { label, region } = target;
  progress(`API bench (${label}): ${target.description}; starting the app in a child process…`);
  const app = await startAppServer(target.dbPath, label, target.clientDir);
  try {
    await timedGet(`${app.base}/api/health`);
    progress(`  app listening on ${app.base} after ${app.startMs.toFixed(0)} ms (process start, tsx, migrations check, quick_check)`);

    const listPath = trpcPath('articles.list', { region });
    const cold = await timedGet(app.base + listPath, app.cookie);
    report(`api-articles-list-cold-${label}`, cold.ms, 'ms', {
      note: `first GET articles.list (region ${region}) after the app started: loads the latest snapshot into the workspace (CatalogueCache), diffs every article of the region (ReviewCache), builds the list; no goal`,
    });
    let otherColdMs: number | null = null;
    if (target.otherRegion) {
      otherColdMs = (await timedGet(app.base + trpcPath('articles.list', { region: target.otherRegion }), app.cookie)).ms;
      report(`api-articles-list-cold-region-${label}`, otherColdMs, 'ms', {
        note: `first GET articles.list of a second region (${target.otherRegion}) once the catalogue is loaded: the region diff recompute alone (plus the list); no goal`,
      });
    }
    const warm = await timedGet(app.base + listPath, app.cookie);
    const list = JSON.parse(warm.body) as { result: { data: { articles: { id: string }[] } } };
    const articleIds = list.result.data.articles.map((a) => a.id);
    if (articleIds.length === 0) throw new Error(`articles.list of region ${region} returned no articles`);
    const listBytes = Buffer.byteLength(warm.body);
    const listGzip = gzipSync(warm.body, { level: 6 }).length;
    report(`api-articles-list-bytes-${label}`, listBytes / 1024, 'KB', {
      baseline: listGzip / 1024,
      ratio: listBytes / listGzip,
      note: `size of one articles.list answer (${articleIds.length} articles, region ${region}) as sent (the app does not compress); baseline = its gzip size (level 6), ratio = sent / gzip; second request took ${warm.ms.toFixed(1)} ms`,
    });
    const diffPaths = articleIds.map((articleId) => trpcPath('articles.diff', { region, articleId }));
    await timedGet(app.base + (diffPaths[0] as string), app.cookie);

    const options = (phase: LoadOptions['phases'][number]): LoadOptions => ({ port: app.port, cookie: app.cookie, concurrency, phases: [phase] });
    await ask(app.server, 'stats');
    progress(`  ${concurrency} clients on GET /api/health for ${(phaseMs.healthWarmup + phaseMs.health) / 1000} s (baseline)…`);
    const health = await runLoadChild(
      options({ label: 'health', targets: [{ name: 'health', paths: ['/api/health'] }], warmupMs: phaseMs.healthWarmup, durationMs: phaseMs.health }),
      workDir,
      `${label}-health`,
    );
    const healthServer = (await ask(app.server, 'stats')) as ServerStats;
    progress(`  ${health.requestsPerSecond.toFixed(0)} req/s; ${describeTarget(health.targets[0] as TargetResult)}`);
    progress(`  ${describeServer(healthServer)}`);

    progress(`  ${concurrency} clients on GET articles.list / articles.diff (${articleIds.length} articles in turn) for ${(phaseMs.mixedWarmup + phaseMs.mixed) / 1000} s…`);
    const mixed = await runLoadChild(
      options({
        label: 'list+diff',
        targets: [
          { name: 'articles.list', paths: [listPath] },
          { name: 'articles.diff', paths: diffPaths },
        ],
        warmupMs: phaseMs.mixedWarmup,
        durationMs: phaseMs.mixed,
      }),
      workDir,
      `${label}-mixed`,
    );
    const mixedServer = (await ask(app.server, 'stats')) as ServerStats;
    progress(`  ${mixed.requestsPerSecond.toFixed(0)} req/s`);
    for (const t of mixed.targets) progress(`  ${describeTarget(t)}`);
    progress(`  ${describeServer(mixedServer)}`);

    const floor = health.targets[0] as TargetResult;
    report(`api-health-p95-${label}`, floor.p95, 'ms', {
      note: `baseline: GET /api/health (one SQLite read) with ${concurrency} concurrent clients for ${phaseMs.health / 1000} s after ${phaseMs.healthWarmup / 1000} s warm-up; p50 ${fmt(floor.p50)}, p99 ${fmt(floor.p99)}, ${health.requestsPerSecond.toFixed(0)} req/s`,
    });
    for (const t of mixed.targets) {
      report(`api-${t.name.replace('.', '-')}-p95-${label}`, t.p95, 'ms', {
        goal: apiGoalMs,
        baseline: floor.p95,
        ratio: t.p95 / floor.p95,
        note: `GET /trpc/${t.name} (region ${region}${t.name === 'articles.diff' ? `, ${articleIds.length} articles in turn` : ''}), ${concurrency} concurrent clients, list and diff alternating, ${phaseMs.mixed / 1000} s after ${phaseMs.mixedWarmup / 1000} s warm-up; ${t.requests} requests, p50 ${fmt(t.p50)}, p99 ${fmt(t.p99)}, mean server time ${(mixedServer.routes[`/trpc/${t.name}`]?.meanMs ?? NaN).toFixed(2)} ms; baseline = health p95 under the same load, ratio = this / baseline`,
      });
    }
    const all = [...health.targets, ...mixed.targets];
    const problems = all.reduce((n, t) => n + t.non2xx + t.errors, 0) + health.warmupProblems + mixed.warmupProblems;
    report(`api-errors-${label}`, problems, 'requests', {
      goal: 0,
      baseline: all.reduce((n, t) => n + t.requests, 0),
      note: `non-2xx answers + failed requests over both load phases (warm-up included); baseline = requests measured${problems > 0 ? `; first: ${all.find((t) => t.firstProblem)?.firstProblem ?? 'during warm-up'}` : ''}`,
    });

    await benchOpenLoop(app, target, listPath, diffPaths, workDir);
    await whileUp?.(app);
  } finally {
    await app.server.stop();
  }
}

/**
 * The same list/diff requests as the closed-loop phase, under an open-loop load: 50
 * clients × one request per 200 ms each. Reports health (baseline), list and diff p95,
 * the rate the server sustained, and errors.
 */
async function benchOpenLoop(app: StartedServer, target: ApiBenchDb, listPath: string, diffPaths: string[], workDir: string): Promise<void> {
  const { label, region } = target;
  const offered = (concurrency * 1000) / openLoop.intervalMs;
  const options = (phase: LoadOptions['phases'][number]): LoadOptions => ({ port: app.port, cookie: app.cookie, concurrency, phases: [{ ...phase, openLoop }] });
  const schedule = `${concurrency} clients × 1 request per ${openLoop.intervalMs} ms each (one in every ${openLoop.intervalMs} ms slot at a seeded random time; ${offered} req/s offered)`;
  await ask(app.server, 'stats');
  progress(`  open loop: ${schedule}, GET /api/health for ${(phaseMs.healthWarmup + phaseMs.health) / 1000} s (baseline)…`);
  const health = await runLoadChild(
    options({ label: 'health-open', targets: [{ name: 'health', paths: ['/api/health'] }], warmupMs: phaseMs.healthWarmup, durationMs: phaseMs.health }),
    workDir,
    `${label}-health-open`,
  );
  await ask(app.server, 'stats');
  progress(`  ${describeOpen(health)}; ${describeTarget(health.targets[0] as TargetResult)}`);
  progress(`  open loop: the same schedule on articles.list / articles.diff (${diffPaths.length} articles in turn) for ${(phaseMs.mixedWarmup + phaseMs.mixed) / 1000} s…`);
  const mixed = await runLoadChild(
    options({
      label: 'list+diff-open',
      targets: [
        { name: 'articles.list', paths: [listPath] },
        { name: 'articles.diff', paths: diffPaths },
      ],
      warmupMs: phaseMs.mixedWarmup,
      durationMs: phaseMs.mixed,
    }),
    workDir,
    `${label}-mixed-open`,
  );
  const mixedServer = (await ask(app.server, 'stats')) as ServerStats;
  progress(`  ${describeOpen(mixed)}`);
  for (const t of mixed.targets) progress(`  ${describeTarget(t)}`);
  progress(`  ${describeServer(mixedServer)}`);

  const sustained = (phase: PhaseResult): boolean => (phase.open?.completedPerSecond ?? 0) >= sustainedShare * offered;
  const caveat = (phase: PhaseResult): string =>
    sustained(phase) ? '' : `NOT SUSTAINED: the server completed only ${(phase.open?.completedPerSecond ?? 0).toFixed(0)} of the ${offered} req/s offered, so these latencies include a growing backlog; `;
  if (!sustained(mixed)) progress(`  NOTE: the ${offered} req/s open-loop rate was not sustained on ${label} (${describeOpen(mixed)})`);
  const floor = health.targets[0] as TargetResult;
  const latencyWhat = 'latency from the scheduled send time to the last byte read (a request that had to wait for its client\'s previous answer counts that wait: no coordinated omission)';
  report(`api-health-p95-open-${label}`, floor.p95, 'ms', {
    note: `${caveat(health)}baseline: GET /api/health, open loop: ${schedule}, ${phaseMs.health / 1000} s after ${phaseMs.healthWarmup / 1000} s warm-up; ${latencyWhat}; p50 ${fmt(floor.p50)}, p99 ${fmt(floor.p99)}, ${floor.requests} requests`,
  });
  for (const t of mixed.targets) {
    report(`api-${t.name.replace('.', '-')}-p95-open-${label}`, t.p95, 'ms', {
      goal: apiGoalMs,
      baseline: floor.p95,
      ratio: t.p95 / floor.p95,
      note: `${caveat(mixed)}GET /trpc/${t.name} (region ${region}${t.name === 'articles.diff' ? `, ${diffPaths.length} articles in turn` : ''}), open loop: ${schedule}, list and diff alternating, ${phaseMs.mixed / 1000} s after ${phaseMs.mixedWarmup / 1000} s warm-up; ${latencyWhat}; ${t.requests} requests, p50 ${fmt(t.p50)}, p99 ${fmt(t.p99)}, max ${fmt(t.max)}, server time mean ${(mixedServer.routes[`/trpc/${t.name}`]?.meanMs ?? NaN).toFixed(2)} / p95 ${(mixedServer.routes[`/trpc/${t.name}`]?.p95Ms ?? NaN).toFixed(1)} ms; baseline = health p95 on the same schedule, ratio = this / baseline`,
    });
  }
  const open = mixed.open as OpenLoopResult;
  report(`api-rate-open-${label}`, open.completedPerSecond, 'req/s', {
    goal: sustainedShare * offered,
    kind: 'min',
    baseline: open.offeredPerSecond,
    ratio: open.completedPerSecond / open.offeredPerSecond,
    note: `${sustained(mixed) ? 'sustained' : 'NOT SUSTAINED'}: list+diff answers completed per second during the ${phaseMs.mixed / 1000} s measured (open loop); baseline = the rate offered, ratio = completed / offered; goal = ${sustainedShare * 100}% of the offered rate (below it the p95 lines measure a backlog, not the service); ${open.lateSends} of ${mixed.requests} sends > 10 ms behind schedule (max ${fmt(open.maxSendLagMs)} ms)${open.unsent > 0 ? `, ${open.unsent} never sent (client gave up ${openLoop.maxLagMs} ms behind)` : ''}`,
  });
  const all = [...health.targets, ...mixed.targets];
  const problems = all.reduce((n, t) => n + t.non2xx + t.errors, 0) + health.warmupProblems + mixed.warmupProblems;
  report(`api-errors-open-${label}`, problems, 'requests', {
    goal: 0,
    baseline: all.reduce((n, t) => n + t.requests, 0),
    note: `non-2xx answers + failed requests over both open-loop phases (warm-up included); baseline = requests measured${problems > 0 ? `; first: ${all.find((t) => t.firstProblem)?.firstProblem ?? 'during warm-up'}` : ''}`,
  });
}

function describeOpen(phase: PhaseResult): string {
  const open = phase.open;
  if (!open) return `${phase.requestsPerSecond.toFixed(0)} req/s`;
  return `offered ${open.offeredPerSecond.toFixed(0)} req/s, completed ${open.completedPerSecond.toFixed(0)} req/s, ${open.lateSends} sends > 10 ms late (max lag ${fmt(open.maxSendLagMs)} ms)${open.unsent ? `, ${open.unsent} unsent` : ''}`;
}

/** The region with the second most surfacing pairs (for the second cold request). */
export function secondHeaviestRegion(catalogue: BenchCatalogue, heaviest: string): string | undefined {
  return [...catalogue.pairsByRegion.entries()].filter(([code]) => code !== heaviest).sort((a, b) => b[1] - a[1])[0]?.[0];
}
