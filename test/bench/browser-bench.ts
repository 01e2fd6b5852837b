/**
 * Browser measurements (quality-bar.md: "articles view ready (cold) ≤ 1.5 s; JS ≤ 350 KB
 * gzip"), on the built client (dist/client, or a fresh build of the current sources when
 * that one is missing or older than client/: see clientBuild) served by the real app in a
 * child process on the demo county.
 * - JS size: gzip (level 9) of the .js files index.html loads (script src + modulepreload),
 *   and of every .js in the build's assets folder.
 * - Ready (cold): a new Chromium (its own fresh profile), a new context, HTTP cache
 *   disabled; time from page.goto to the first visible [data-testid="article-row"] on
 *   /?region=01, median of 3. Baseline: the same loads' navigation-timing
 *   domContentLoadedEventEnd. The API answers are warmed first (server-side caches are
 *   not what this measures; the API bench times the cold server).
 * Skipped, with a line saying so, when /usr/bin/chromium is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startAppServer, timedGet, trpcPath, type StartedServer } from './api-load-bench';
import { addSessionCookie } from './bench-session';
import { progress, report, stats } from './measure';

export const chromiumPath = '/usr/bin/chromium';
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const distClientDir = join(repoRoot, 'dist', 'client');
const clientSources = join(repoRoot, 'client');
/** The stable contract with the client: rows of the articles table on /. */
const readySelector = '[data-testid="article-row"]';
const region = '01';
const coldRuns = 3;
const readyTimeoutMs = 20_000;

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function viteBuild(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // NODE_ENV=development in the environment would make Vite bundle React's development build.
    const child = spawn('npx', ['vite', 'build', '--mode', 'production', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', (e) => (clearTimeout(timer), reject(e)));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 && existsSync(join(outDir, 'index.html'))) resolve();
      else reject(new Error(`vite build exited with ${code}: ${err.trim().slice(-1500)}`));
    });
  });
}

async function tryBuild(outDir: string, why: string): Promise<boolean> {
  progress(`browser bench: ${why}: npx vite build --outDir ${outDir}…`);
  const started = Date.now();
  try {
    await viteBuild(outDir);
  } catch (error) {
    progress(`  the client build failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  progress(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

/**
 * True when a build bundles React's development runtime (e.g. `vite build` run with
 * NODE_ENV=development): several times slower to render, and bigger, than what users get.
 */
export function isDevelopmentBuild(buildDir: string): boolean {
  const assets = join(buildDir, 'assets');
  if (!existsSync(assets)) return false;
  return readdirSync(assets)
    .filter((n) => n.endsWith('.js'))
    .some((n) => {
      const text = readFileSync(join(assets, n), 'utf8');
      return text.includes('jsxDEV') || text.includes('react.dev/link/react-devtools');
    });
}

/**
 * The built client to measure, or null (with a line saying why) when there is none:
 * dist/client, built there when missing. When files under client/ are newer than that
 * build, or it is a development build (isDevelopmentBuild), the current sources are built
 * (production mode) into the bench's temp folder instead (dist/ is left alone) so that the
 * numbers are those of the code as it is; if that build fails, the existing dist/client is
 * measured and the line says so.
 */
export async function clientBuild(workDir: string): Promise<string | null> {
  const index = join(distClientDir, 'index.html');
  if (!existsSync(index)) {
    if (await tryBuild(distClientDir, 'dist/client/index.html is missing')) return distClientDir;
    progress('browser bench skipped: no client build');
    process.exitCode = 1;
    return null;
  }
  const stale = existsSync(clientSources) && newestMtime(clientSources) > statSync(index).mtimeMs;
  const development = isDevelopmentBuild(distClientDir);
  if (stale || development) {
    const fresh = join(workDir, 'client-build');
    const why = [stale ? 'dist/client is older than files under client/' : '', development ? "dist/client is a development build (React's development runtime)" : ''].filter(Boolean).join(' and ');
    if (await tryBuild(fresh, `${why}; building the current sources`)) {
      if (isDevelopmentBuild(fresh)) progress('  NOTE: the fresh build still bundles React\'s development runtime: the browser numbers are not those of production');
      return fresh;
    }
    progress(`  NOTE: measuring ${development ? 'the development build in' : 'the older'} dist/client instead`);
  }
  return distClientDir;
}

/** The .js files index.html loads at start: module scripts and modulepreload links. */
export function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src) found.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']modulepreload["']/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href) found.add(href);
  }
  return [...found].filter((p) => /\.m?js(\?|$)/.test(p));
}

const gzipKb = (path: string): { raw: number; gzip: number } => {
  const bytes = readFileSync(path);
  return { raw: bytes.length / 1024, gzip: gzipSync(bytes, { level: 9 }).length / 1024 };
};

function benchJsSize(buildDir: string): void {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const initial = initialScripts(html).map((src) => ({ src, ...gzipKb(join(buildDir, src.replace(/^\//, '').split('?')[0] as string)) }));
  const assets = join(buildDir, 'assets');
  const which = buildDir === distClientDir ? 'dist/client' : 'a fresh build of client/';
  const all = readdirSync(assets)
    .filter((n) => n.endsWith('.js'))
    .map((n) => ({ src: n, ...gzipKb(join(assets, n)) }));
  const sum = (list: { gzip: number }[]): number => list.reduce((n, f) => n + f.gzip, 0);
  const initialGzip = sum(initial);
  const allGzip = sum(all);
  const allRaw = all.reduce((n, f) => n + f.raw, 0);
  progress(`client JS loaded at start: ${initial.map((f) => `${f.src} ${f.raw.toFixed(0)} KB (${f.gzip.toFixed(1)} KB gzip)`).join(', ') || 'none found in index.html'}`);
  report('browser-js-initial-gzip', initialGzip, 'KB', {
    goal: 350,
    baseline: allGzip,
    ratio: allGzip > 0 ? initialGzip / allGzip : 0,
    note: `gzip -9 of the ${initial.length} .js file(s) index.html loads (script src + modulepreload), ${which}; baseline = all ${all.length} .js files in its assets folder, ratio = initial / all`,
  });
  report('browser-js-all-gzip', allGzip, 'KB', {
    baseline: allRaw,
    ratio: allRaw > 0 ? allGzip / allRaw : 0,
    note: `gzip -9 of every .js file in the assets folder of ${which} (lazy chunks included); baseline = their uncompressed size (KB), ratio = gzip / raw; no goal`,
  });
}

interface ColdLoad {
  readyMs: number;
  domContentLoadedMs: number;
  /** When the first row was added to the document, by the page's clock (from navigation start). */
  inPageRowMs: number | null;
  rows: number;
  /** Resource timing (page clock): the module script downloaded, the first /trpc call sent and answered. */
  scriptEndMs: number | null;
  apiStartMs: number | null;
  apiEndMs: number | null;
}

async function coldLoad(url: string, app: StartedServer): Promise<ColdLoad> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext();
    await addSessionCookie(context, app);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript((selector: string) => {
      const w = window as unknown as { __firstRowAt?: number };
      new MutationObserver((_m, observer) => {
        if (w.__firstRowAt === undefined && document.querySelector(selector)) {
          w.__firstRowAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, readySelector);
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit', timeout: readyTimeoutMs });
    await page.locator(readySelector).first().waitFor({ state: 'visible', timeout: readyTimeoutMs });
    const readyMs = performance.now() - start;
    const timing = await page.evaluate((selector: string) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const script = resources.find((r) => r.initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name));
      const api = resources.find((r) => r.name.includes('/trpc/'));
      return {
        scriptEnd: script?.responseEnd ?? null,
        apiStart: api?.startTime ?? null,
        apiEnd: api?.responseEnd ?? null,
        dcl: nav?.domContentLoadedEventEnd ?? NaN,
        row: (window as unknown as { __firstRowAt?: number }).__firstRowAt ?? null,
        rows: document.querySelectorAll(selector).length,
      };
    }, readySelector);
    await context.close();
    return { readyMs, domContentLoadedMs: timing.dcl, inPageRowMs: timing.row, rows: timing.rows, scriptEndMs: timing.scriptEnd, apiStartMs: timing.apiStart, apiEndMs: timing.apiEnd };
  } finally {
    await browser.close();
  }
}

/** The browser measurements on the demo county database at `demoDbPath`, on the client build `built` (clientBuild; null: skipped). */
export async function benchBrowser(demoDbPath: string, built: string | null): Promise<void> {
  if (!built) return;
  benchJsSize(built);
  if (!existsSync(chromiumPath)) {
    progress(`browser bench skipped: ${chromiumPath} not found (apt-get install chromium); the JS size lines above do not need it`);
    return;
  }
  const app = await startAppServer(demoDbPath, 'browser', built);
  try {
    const warm = await timedGet(app.base + trpcPath('articles.list', { region }), app.cookie);
    progress(`browser bench: app with the built client on ${app.base}; API warmed (first articles.list ${warm.ms.toFixed(0)} ms)`);
    const url = `${app.base}/?region=${region}`;
    const loads: ColdLoad[] = [];
    const at = (ms: number | null): string => (ms === null ? '?' : ms.toFixed(0));
    for (let run = 1; run <= coldRuns; run += 1) {
      const load = await coldLoad(url, app);
      loads.push(load);
      progress(
        `  cold load ${run}: first article row visible after ${load.readyMs.toFixed(0)} ms, ${load.rows} rows; page clock: script downloaded ${at(load.scriptEndMs)}, domContentLoaded ${at(load.domContentLoadedMs)}, first /trpc call ${at(load.apiStartMs)}–${at(load.apiEndMs)}, first row in the DOM ${at(load.inPageRowMs)} ms`,
      );
    }
    const ready = stats(loads.map((l) => l.readyMs));
    const dcl = stats(loads.map((l) => l.domContentLoadedMs));
    const inPage = loads.every((l) => l.inPageRowMs !== null) ? stats(loads.map((l) => l.inPageRowMs as number)).median : null;
    report('browser-dom-content-loaded', dcl.median, 'ms', {
      note: `baseline: navigation timing domContentLoadedEventEnd of the same cold loads (HTML + the module script parsed and run), median of ${dcl.runs}`,
    });
    report('browser-articles-ready-cold', ready.median, 'ms', {
      goal: 1500,
      baseline: dcl.median,
      ratio: ready.median / dcl.median,
      note: `page.goto(/?region=${region}) → first visible ${readySelector} (${loads[0]?.rows ?? 0} rows), new Chromium + context each run, cache disabled, demo county; median of ${ready.runs} (min ${ready.min.toFixed(0)}, max ${ready.max.toFixed(0)})${inPage === null ? '' : `; first row in the DOM by the page's clock: ${inPage.toFixed(0)} ms`}; ratio = ready / domContentLoaded`,
    });
  } catch (error) {
    progress(`browser bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await app.server.stop();
  }
}
