/**
 * `npm run bench`: generates the national data set (seeded) under os.tmpdir(), then
 * prints one JSON line per measurement on stdout — {bench, value, unit, goal, baseline,
 * ratio, pass} — and a human summary on stderr. Goals: ../../../shared/docs/quality-bar.md.
 * Temp files are removed at the end. BENCH_SERVICES / BENCH_SEED override the scale and
 * seed for quick local runs (the goals are for the defaults).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heaviestRegion, loadBenchCatalogue } from './bench-catalogue';
import { benchImport } from './import-bench';
import { progress, summary } from './measure';
import { defaultSeed, nationalScale, writeNationalData } from './national-data';
import { benchAllRegions, benchFloor, benchRecompute, reportFloorRatio } from './national-benches';
import { benchOneRegion } from './one-region-bench';

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export async function runBench(): Promise<void> {
  const started = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), 'linkkipaja-bench-'));
  const cleanup = (): void => rmSync(workDir, { recursive: true, force: true });
  const onSignal = (): void => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const services = envNumber('BENCH_SERVICES', nationalScale.services);
    const seed = envNumber('BENCH_SEED', defaultSeed);
    progress(`generating ${services} services and ${nationalScale.articles} articles (seed ${seed}) in ${workDir}…`);
    const data = writeNationalData({ seed, services, folder: join(workDir, 'data') });
    progress(`  ${data.pageCount} page files, ${(data.bytes / 1e6).toFixed(0)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const dbPath = await benchImport(data, workDir);

    progress('loading the imported snapshot, regions and articles; making approved decisions…');
    const catalogue = loadBenchCatalogue(dbPath, data.articlesFile, seed);
    const region = heaviestRegion(catalogue);

    const floorMs = benchFloor(catalogue);
    const oneRegion = benchOneRegion(catalogue, region);
    reportFloorRatio(oneRegion.warmMs, floorMs);
    const workspace = benchAllRegions(catalogue, floorMs);
    benchRecompute(catalogue, workspace, region, oneRegion.warmMs);

    process.stderr.write(`\n${summary()}\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s on ${process.version}\n`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanup();
  }
}

runBench().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
