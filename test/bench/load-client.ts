/**
 * A closed-loop HTTP load generator: `concurrency` clients, each sending its next GET as
 * soon as the previous answer has been read in full, over keep-alive connections on
 * loopback. Every request's latency (request written → last byte of the answer read) is
 * kept, so that p50/p95/p99 are exact order statistics (autocannon reports only p90 and
 * p97.5, in whole ms). Runs in a process of its own (not the server's, not the bench's).
 * Usage: node [tsx loader] load-client.ts <file with LoadOptions as JSON>; prints LoadResult as
 * JSON. Exits early when its stdin closes (the bench process is gone).
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

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
}

export interface LoadOptions {
  port: number;
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
}

export interface LoadResult {
  phases: PhaseResult[];
}

const requestTimeoutMs = 10_000;

function get(agent: Agent, port: number, path: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, method: 'GET', headers: { accept: 'application/json' } }, (res) => {
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

async function runPhase(agent: Agent, port: number, concurrency: number, phase: LoadPhase): Promise<PhaseResult> {
  const series = new Map<string, Series>(phase.targets.map((t) => [t.name, { latencies: [], non2xx: 0, errors: 0, bytes: 0, firstProblem: null }]));
  const started = performance.now();
  const recordFrom = started + phase.warmupMs;
  const end = recordFrom + phase.durationMs;
  let next = 0;
  let warmupProblems = 0;
  const client = async (): Promise<void> => {
    for (;;) {
      const begin = performance.now();
      if (begin >= end) return;
      const n = next++;
      const target = phase.targets[n % phase.targets.length] as LoadTarget;
      const path = target.paths[Math.floor(n / phase.targets.length) % target.paths.length] as string;
      const recording = begin >= recordFrom;
      const s = series.get(target.name) as Series;
      try {
        const answer = await get(agent, port, path);
        const ms = performance.now() - begin;
        const bad = answer.status < 200 || answer.status > 299;
        if (!recording) {
          if (bad) warmupProblems += 1;
          continue;
        }
        s.latencies.push(ms);
        s.bytes += answer.bytes;
        if (bad) {
          s.non2xx += 1;
          s.firstProblem ??= `HTTP ${answer.status} on ${path}`;
        }
      } catch (error) {
        if (!recording) {
          warmupProblems += 1;
          continue;
        }
        s.errors += 1;
        s.firstProblem ??= `${error instanceof Error ? error.message : String(error)} on ${path}`;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const measuredMs = performance.now() - recordFrom;
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

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency });
  try {
    const phases: PhaseResult[] = [];
    for (const phase of options.phases) phases.push(await runPhase(agent, options.port, options.concurrency, phase));
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
