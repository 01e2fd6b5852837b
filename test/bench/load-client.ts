/**
 * An HTTP load generator over keep-alive connections on loopback, `concurrency` clients:
 * - closed loop (default): each client sends its next GET as soon as the previous answer
 *   has been read in full (zero think time: a throughput test); latency = request written
 *   → last byte of the answer read;
 * - open loop (a phase with `openLoop`): each client sends one GET in every
 *   `intervalMs` slot, at a uniformly random (seeded) time within the slot, on its own
 *   schedule whatever the server does; one request in flight per client, so a client whose
 *   previous answer is late sends late. Latency = *scheduled* send time → last byte read,
 *   so the time a request waited behind a slow one is counted (no coordinated omission).
 * Every request's latency is kept, so that p50/p95/p99 are exact order statistics
 * (autocannon reports only p90 and p97.5, in whole ms). Runs in a process of its own (not
 * the server's, not the bench's).
 * Usage: node [tsx loader] load-client.ts <file with LoadOptions as JSON>; prints LoadResult as
 * JSON. Exits early when its stdin closes (the bench process is gone).
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { mulberry32 } from './prng';

export interface LoadTarget {
  /** Name of the latency series (e.g. "articles.list"). */
  name: string;
  /** Request paths, used in turn. */
  paths: string[];
}

export interface LoadPhase {
  label: string;
  /** Requests go round-robin over the targets (request n → target n mod targets). */
  targets: LoadTarget[];
  /** Same load, not recorded (JIT, caches, connections). */
  warmupMs: number;
  durationMs: number;
  /** Open loop instead of closed: one request per client every `intervalMs` (see above). */
  openLoop?: OpenLoop;
}

export interface OpenLoop {
  intervalMs: number;
  /** Seeds the send times within each slot (same seed → same schedule). */
  seed: number;
  /**
   * A client that is still behind its schedule this long (ms) after the measured time has
   * ended stops sending; the measured requests it did not send are counted in `unsent`.
   * Bounds the phase when the server cannot keep up.
   */
  maxLagMs: number;
}

export interface LoadOptions {
  port: number;
  /** Sent with every request (a signed-in session). */
  cookie?: string;
  concurrency: number;
  phases: LoadPhase[];
}

export interface TargetResult {
  name: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** Answers with a status outside 200–299. */
  non2xx: number;
  /** Requests that got no complete answer (connection error, timeout). */
  errors: number;
  meanBytes: number;
  firstProblem: string | null;
}

export interface PhaseResult {
  label: string;
  concurrency: number;
  /** Measured time (after warm-up), ms. */
  durationMs: number;
  requests: number;
  requestsPerSecond: number;
  /** Requests (any status) or failures during warm-up that were not 2xx. */
  warmupProblems: number;
  targets: TargetResult[];
  /** Open loop only: what was offered and how far the clients fell behind it. */
  open?: OpenLoopResult;
}

export interface OpenLoopResult {
  /** Requests scheduled in the measured time, per second (concurrency × 1000 / intervalMs). */
  offeredPerSecond: number;
  /** Answers (any status) completed within the measured time, per second: what the server sustained. */
  completedPerSecond: number;
  /** Measured requests sent more than 10 ms after their scheduled time (their client was still waiting). */
  lateSends: number;
  /** Largest send lag behind schedule (ms) of a measured request. */
  maxSendLagMs: number;
  /** Measured requests never sent (the client gave up, maxLagMs behind). */
  unsent: number;
}

export interface LoadResult {
  phases: PhaseResult[];
}

const requestTimeoutMs = 10_000;

/** The session cookie every request carries (set once per run from the options). */
let cookie: string | undefined;

function get(agent: Agent, port: number, path: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, method: 'GET', headers: { accept: 'application/json', ...(cookie ? { cookie } : {}) } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.setTimeout(requestTimeoutMs, () => req.destroy(new Error(`timeout after ${requestTimeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

interface Series {
  latencies: number[];
  non2xx: number;
  errors: number;
  bytes: number;
  firstProblem: string | null;
}

/**
 * Books one answer (or failed request) into its series while recording; during the warm-up
 * only problems count. Returns false for a warm-up problem, which the caller tallies.
 */
type Outcome = { answer: { status: number; bytes: number }; ms: number } | { error: unknown };

function record(s: Series, path: string, recording: boolean, outcome: Outcome): boolean {
  if (!('answer' in outcome)) {
    if (!recording) return false;
    s.errors += 1;
    s.firstProblem ??= `${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)} on ${path}`;
    return true;
  }
  const bad = outcome.answer.status < 200 || outcome.answer.status > 299;
  if (!recording) return !bad;
  s.latencies.push(outcome.ms);
  s.bytes += outcome.answer.bytes;
  if (bad) {
    s.non2xx += 1;
    s.firstProblem ??= `HTTP ${outcome.answer.status} on ${path}`;
  }
  return true;
}

async function runPhase(agent: Agent, port: number, concurrency: number, phase: LoadPhase): Promise<PhaseResult> {
  const series = emptySeries(phase);
  const started = performance.now();
  const recordFrom = started + phase.warmupMs;
  const end = recordFrom + phase.durationMs;
  let next = 0;
  let warmupProblems = 0;
  const client = async (): Promise<void> => {
    for (;;) {
      const begin = performance.now();
      if (begin >= end) return;
      const { target, path } = pathOf(phase, next++);
      const recording = begin >= recordFrom;
      const s = series.get(target.name) as Series;
      try {
        const answer = await get(agent, port, path);
        if (!record(s, path, recording, { answer, ms: performance.now() - begin })) warmupProblems += 1;
      } catch (error) {
        if (!record(s, path, recording, { error })) warmupProblems += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return summarise(phase, concurrency, series, performance.now() - recordFrom, warmupProblems);
}

function emptySeries(phase: LoadPhase): Map<string, Series> {
  return new Map(phase.targets.map((t) => [t.name, { latencies: [], non2xx: 0, errors: 0, bytes: 0, firstProblem: null }]));
}

function summarise(phase: LoadPhase, concurrency: number, series: Map<string, Series>, measuredMs: number, warmupProblems: number): PhaseResult {
  const targets = phase.targets.map((t): TargetResult => {
    const s = series.get(t.name) as Series;
    const sorted = [...s.latencies].sort((a, b) => a - b);
    const total = sorted.reduce((a, b) => a + b, 0);
    return {
      name: t.name,
      requests: sorted.length + s.errors,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      max: sorted[sorted.length - 1] ?? NaN,
      mean: sorted.length ? total / sorted.length : NaN,
      non2xx: s.non2xx,
      errors: s.errors,
      meanBytes: sorted.length ? s.bytes / sorted.length : 0,
      firstProblem: s.firstProblem,
    };
  });
  const requests = targets.reduce((n, t) => n + t.requests, 0);
  return { label: phase.label, concurrency, durationMs: measuredMs, requests, requestsPerSecond: (requests / measuredMs) * 1000, warmupProblems, targets };
}

/** The request paths in turn: request n → target n mod targets, that target's paths in turn. */
function pathOf(phase: LoadPhase, n: number): { target: LoadTarget; path: string } {
  const target = phase.targets[n % phase.targets.length] as LoadTarget;
  return { target, path: target.paths[Math.floor(n / phase.targets.length) % target.paths.length] as string };
}

/** An open-loop phase (see the top of this file). */
async function runOpenPhase(agent: Agent, port: number, concurrency: number, phase: LoadPhase, open: OpenLoop): Promise<PhaseResult> {
  const series = emptySeries(phase);
  const started = performance.now() + 20; // every client's first slot starts here
  const recordFrom = started + phase.warmupMs;
  const end = recordFrom + phase.durationMs;
  let next = 0;
  let warmupProblems = 0;
  let completedInWindow = 0;
  let lateSends = 0;
  let maxSendLagMs = 0;
  let unsent = 0;
  const client = async (index: number): Promise<void> => {
    const random = mulberry32((open.seed + Math.imul(index + 1, 0x9e3779b1)) >>> 0); // one per client: the schedule does not depend on timing
    for (let slot = 0; ; slot += 1) {
      const scheduled = started + (slot + random()) * open.intervalMs;
      if (scheduled >= end) return;
      const recording = scheduled >= recordFrom;
      const wait = scheduled - performance.now();
      if (wait > 0) await sleep(wait);
      const sentAt = performance.now();
      if (sentAt > end + open.maxLagMs) {
        // Far behind after the measured time: stop here, counting what was not sent.
        for (let s = slot; started + s * open.intervalMs < end; s += 1) if (started + (s + 1) * open.intervalMs > recordFrom) unsent += 1;
        return;
      }
      if (recording) {
        const lag = sentAt - scheduled;
        maxSendLagMs = Math.max(maxSendLagMs, lag);
        if (lag > 10) lateSends += 1;
      }
      const { target, path } = pathOf(phase, next++);
      const s = series.get(target.name) as Series;
      try {
        const answer = await get(agent, port, path);
        const done = performance.now();
        if (done >= recordFrom && done < end) completedInWindow += 1;
        if (!record(s, path, recording, { answer, ms: done - scheduled })) warmupProblems += 1;
      } catch (error) {
        if (!record(s, path, recording, { error })) warmupProblems += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, index) => client(index)));
  const result = summarise(phase, concurrency, series, phase.durationMs, warmupProblems);
  return {
    ...result,
    open: {
      offeredPerSecond: (concurrency * 1000) / open.intervalMs,
      completedPerSecond: (completedInWindow / phase.durationMs) * 1000,
      lateSends,
      maxSendLagMs,
      unsent,
    },
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency });
  cookie = options.cookie;
  try {
    const phases: PhaseResult[] = [];
    for (const phase of options.phases) {
      phases.push(phase.openLoop ? await runOpenPhase(agent, options.port, options.concurrency, phase, phase.openLoop) : await runPhase(agent, options.port, options.concurrency, phase));
    }
    return { phases };
  } finally {
    agent.destroy();
  }
}

const [optionsFile] = process.argv.slice(2);
if (optionsFile && process.argv[1]?.endsWith('load-client.ts')) {
  // The bench holds our stdin open; if it dies, stop at once instead of loading on.
  process.stdin.once('end', () => process.exit(2)).resume();
  runLoad(JSON.parse(readFileSync(optionsFile, 'utf8')) as LoadOptions)
    .then(
      (result) => process.stdout.write(JSON.stringify(result) + '\n'),
      (error: unknown) => {
        process.stderr.write(`load client failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
      },
    )
    .finally(() => process.stdin.destroy());
}
