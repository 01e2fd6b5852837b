import type { ImportProgress } from '../import/import-ptv';

const phaseWords: Record<ImportProgress['phase'], string> = { read: 'read', write: 'writing', verify: 'checking open change requests against' };

/** Progress lines on stderr, at most a few per second. */
export function stderrProgress(label: string): (p: ImportProgress) => void {
  const started = Date.now();
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.phase === 'read' && now - last < 500) return;
    last = now;
    const seconds = Math.max(0.001, (now - started) / 1000);
    const rate = Math.round((p.services + p.organizations) / seconds);
    process.stderr.write(`${label}: ${phaseWords[p.phase]} ${p.services} services, ${p.organizations} organizations, ${p.skipped} other records (${rate}/s)\n`);
  };
}
