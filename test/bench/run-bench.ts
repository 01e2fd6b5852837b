/**
 * `npm run bench`: generates the national data set (seeded) under os.tmpdir(), then
 * prints one JSON line per measurement on stdout — {bench, value, unit, goal, baseline,
 * ratio, pass} — and a human summary on stderr. Goals: ../../../shared/docs/quality-bar.md.
 * The HTTP benches run the app in child processes, all stopped at the end or on failure.
 * Temp files are removed at the end. BENCH_SERVICES / BENCH_SEED override the scale and
 * seed for quick local runs (the goals are for the defaults); BENCH_API_DECISIONS=national
 * gives the API bench every region's decisions instead of the measured region's.
 * The browser's catalogue keystroke bench runs on the API bench's app (national, then demo),
 * so the client is built (when stale) before the API bench.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiDecisionScope, benchApi, prepareDemoDb, prepareNationalDb, secondHeaviestRegion } from './api-load-bench';
import { heaviestRegion, loadBenchCatalogue } from './bench-catalogue';
import { killBenchChildren, stopBenchChildren } from './bench-children';
import { benchBrowser, chromiumPath, clientBuild } from './browser-bench';
import { benchExport } from './export-bench';
import { catalogueKeystrokes } from './catalogue-keystroke-bench';
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
    killBenchChildren();
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

    // HTTP: the app in a child process, load from another (api-load-bench.ts, browser-bench.ts).
    // The client is built first, so that the API bench's app can serve it to the keystroke bench.
    const demoDb = await prepareDemoDb(workDir);
    // This process holds the national catalogue and the garbage of the benches above; collect
    // it now (npm run bench passes --expose-gc) so a major GC here cannot take a core from the
    // app and the load client while they are measured.
    const heapBefore = process.memoryUsage().heapUsed;
    (globalThis as { gc?: () => void }).gc?.();
    progress(`bench process heap before the HTTP benches: ${(heapBefore / 1e6).toFixed(0)} MB → ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB after a full GC`);
    const scope = apiDecisionScope();
    const written = await prepareNationalDb(dbPath, data.articlesFile, catalogue, region.code, scope);
    const built = await clientBuild(workDir);
    const browse = built !== null && existsSync(chromiumPath);
    if (built !== null && !browse) progress(`browser keystroke bench skipped: ${chromiumPath} not found (apt-get install chromium)`);
    const nationalDescription = `national catalogue (${catalogue.facts.length} services, ${written.articles} articles, ${written.decisions} approved decisions of ${scope === 'national' ? 'all regions' : `region ${region.code}`}), region ${region.code} (${region.name.fi})`;
    await benchApi(
      {
        label: 'national',
        dbPath,
        region: region.code,
        otherRegion: secondHeaviestRegion(catalogue, region.code),
        description: nationalDescription,
        ...(browse ? { clientDir: built } : {}),
      },
      workDir,
      browse ? (app) => catalogueKeystrokes(app, { label: 'national', region: region.code, description: nationalDescription }) : undefined,
    );
    await benchApi(
      { label: 'demo', dbPath: demoDb, region: '01', description: 'demo county (seedDemo), region 01', ...(browse ? { clientDir: built } : {}) },
      workDir,
      browse ? (app) => catalogueKeystrokes(app, { label: 'demo', region: '01', description: 'demo county (seedDemo)' }) : undefined,
    );
    await benchBrowser(demoDb, built);
    // Change requests: an XLSX export of 5,000 on a copy of the demo county (export-bench.ts).
    // Last, in this process: its garbage must not be collected while the load benches measure.
    await benchExport(demoDb, workDir);

    process.stderr.write(`\n${summary()}\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s on ${process.version}\n`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stopBenchChildren();
    cleanup();
  }
}

runBench().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
