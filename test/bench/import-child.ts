/**
 * One PTV import in a process of its own, so that its peak RSS is the import's alone.
 * Usage: node [tsx loader] import-child.ts <ptv-folder> <db-path>
 * Prints one JSON line: services, timings (ms) and memory (MB).
 */
import { createDb } from '../../db/client';
import { FileSource } from '../../server/import/file-source';
import { importPtv } from '../../server/import/import-ptv';

export interface ImportChildResult {
  services: number;
  /** importPtv from first read to commit. */
  totalMs: number;
  /** Reading, parsing and normalising (before the write transaction). */
  readMs: number;
  writeMs: number;
  /** RSS when the import started (modules loaded, database open). */
  startRssMb: number;
  /** Highest RSS seen by the 50 ms sampler. */
  sampledPeakRssMb: number;
  /** The kernel's high-water mark for the process (getrusage maxrss). */
  maxRssMb: number;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function runImport(folder: string, dbPath: string): Promise<ImportChildResult> {
  const handle = createDb(dbPath);
  try {
    const startRss = process.memoryUsage().rss;
    let peak = startRss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    let writeStart = 0n;
    const start = process.hrtime.bigint();
    const result = await importPtv(handle, new FileSource(folder), {
      onProgress: (p) => {
        if (p.phase === 'write') writeStart = process.hrtime.bigint();
      },
    });
    const end = process.hrtime.bigint();
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const ms = (from: bigint, to: bigint): number => Number(to - from) / 1e6;
    return {
      services: result.services,
      totalMs: ms(start, end),
      readMs: ms(start, writeStart || end),
      writeMs: writeStart ? ms(writeStart, end) : 0,
      startRssMb: mb(startRss),
      sampledPeakRssMb: mb(peak),
      maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
    };
  } finally {
    handle.close();
  }
}

const [folder, dbPath] = process.argv.slice(2);
if (folder && dbPath && process.argv[1]?.endsWith('import-child.ts')) {
  runImport(folder, dbPath).then(
    (result) => process.stdout.write(JSON.stringify(result) + '\n'),
    (error: unknown) => {
      process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
