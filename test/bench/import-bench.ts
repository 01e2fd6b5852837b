/**
 * PTV import benchmark: importPtv + FileSource over the national page files into a
 * fresh SQLite file, each run in a child process (import-child.ts) so that its peak RSS
 * is its own. Baseline measured in the same run: reading and JSON.parse-ing the same
 * files whole (the floor any importer needs, ignoring streaming and writing).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportChildResult } from './import-child';
import { measure, progress, report, stats } from './measure';
import type { NationalDataSet } from './national-data';

const childScript = fileURLToPath(new URL('./import-child.ts', import.meta.url));

/** Runs one import in a child process (same node and tsx loader as this process). */
export function runImportChild(folder: string, dbPath: string): Promise<ImportChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, childScript, folder, dbPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`import child exited with ${code}: ${err.trim()}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as ImportChildResult);
      } catch {
        reject(new Error(`import child printed no result: ${out.trim()} ${err.trim()}`));
      }
    });
  });
}

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/** Reads and parses every page file whole; returns the number of services. */
function parseAllPages(folder: string): number {
  let count = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
    count += (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { itemList: unknown[] }).itemList.length;
  }
  return count;
}

/**
 * Measures the import; returns the path of the database the first run wrote (kept for
 * the surfacing benchmarks, which load the catalogue from it as the app does).
 * The import runs 3 times (median) when one run takes under 20 s, else once.
 */
export async function benchImport(data: NationalDataSet, workDir: string): Promise<string> {
  const parse = measure(() => parseAllPages(data.servicesFolder), { warmup: 0, runs: 3, budgetMs: 8000 });
  const parseRate = (data.serviceCount / parse.median) * 1000;
  progress(`baseline: read + JSON.parse of ${data.pageCount} page files: ${parse.median.toFixed(0)} ms`);

  const keptDb = join(workDir, 'bench-import-1.db');
  const results: ImportChildResult[] = [];
  for (let run = 1; run <= 3; run += 1) {
    const dbPath = run === 1 ? keptDb : join(workDir, `bench-import-${run}.db`);
    progress(`PTV import run ${run} (${data.serviceCount} services, child process)…`);
    const result = await runImportChild(data.servicesFolder, dbPath);
    if (run > 1) removeDb(dbPath);
    if (result.services !== data.serviceCount) throw new Error(`import read ${result.services} services, expected ${data.serviceCount}`);
    results.push(result);
    progress(`  ${result.totalMs.toFixed(0)} ms (read+normalise ${result.readMs.toFixed(0)} ms, write ${result.writeMs.toFixed(0)} ms), max RSS ${result.maxRssMb} MB`);
    if (run === 1 && result.totalMs > 20_000) break;
  }
  const total = stats(results.map((r) => r.totalMs));
  const read = stats(results.map((r) => r.readMs));
  const write = stats(results.map((r) => r.writeMs));
  const rate = (data.serviceCount / total.median) * 1000;
  report('ptv-import', rate, 'services/s', {
    goal: 6000,
    kind: 'min',
    baseline: parseRate,
    ratio: rate / parseRate,
    note: `median of ${results.length} child-process import(s) of ${data.serviceCount} services (${(data.bytes / 1e6).toFixed(0)} MB in ${data.pageCount} files); read+normalise ${read.median.toFixed(0)} ms, write ${write.median.toFixed(0)} ms; baseline = read + JSON.parse of the same files whole, ratio = import rate / baseline rate`,
  });
  const peak = Math.max(...results.map((r) => Math.max(r.maxRssMb, r.sampledPeakRssMb)));
  const startRss = stats(results.map((r) => r.startRssMb)).median;
  report('ptv-import-peak-rss', peak, 'MB', {
    goal: 600,
    baseline: startRss,
    ratio: peak / startRss,
    note: 'highest getrusage maxrss (and 50 ms RSS samples) of the import child processes; baseline = child RSS when the import started (node + tsx + modules + open database), ratio = peak / baseline',
  });
  return keptDb;
}
