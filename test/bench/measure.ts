/**
 * Timing and reporting helpers: hrtime-based runs with warm-up and untimed setup,
 * order statistics, and the one-JSON-line-per-measurement output of `npm run bench`.
 */

export interface Stats {
  median: number;
  min: number;
  max: number;
  p95: number;
  runs: number;
}

/** Results of timed code end up here, so that the work cannot be optimised away. */
export const sink: { value: unknown } = { value: undefined };

export function stats(values: readonly number[]): Stats {
  if (values.length === 0) throw new Error('stats: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, p95: at(0.95), runs: sorted.length };
}

/** Milliseconds taken by one call. */
export function timeOnce(run: () => unknown): number {
  const start = process.hrtime.bigint();
  sink.value = run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface MeasureOptions {
  warmup?: number;
  runs?: number;
  /** Untimed work before every run (also before warm-up runs). */
  setup?: () => void;
  /**
   * Wall-clock budget (ms, setup included): warm-up stops after a quarter of it, timed
   * runs stop once it is spent (at least one timed run always happens). Keeps the bench
   * bounded when the code under test is far slower than its goal.
   */
  budgetMs?: number;
}

/** Runs `run` `warmup` times untimed, then `runs` times timed; setup is never timed. */
export function measure(run: () => unknown, options: MeasureOptions = {}): Stats {
  const { warmup = 2, runs = 7, setup, budgetMs = Infinity } = options;
  const started = Date.now();
  for (let i = 0; i < warmup && Date.now() - started < budgetMs / 4; i += 1) {
    setup?.();
    sink.value = run();
  }
  const times: number[] = [];
  for (let i = 0; i < runs && (i === 0 || Date.now() - started < budgetMs); i += 1) {
    setup?.();
    times.push(timeOnce(run));
  }
  return stats(times);
}

/** One measurement as printed on stdout. `pass` is null when the line has no goal. */
export interface BenchLine {
  bench: string;
  value: number;
  unit: string;
  goal: number | null;
  baseline: number | null;
  ratio: number | null;
  pass: boolean | null;
}

export type GoalKind = 'max' | 'min';

const printed: (BenchLine & { note: string })[] = [];

const round = (value: number): number => (Math.abs(value) >= 100 ? Math.round(value * 10) / 10 : Math.round(value * 1000) / 1000);

/**
 * Prints one JSON line. `goal` is an upper bound (`max`, e.g. ms) or a lower bound (`min`,
 * e.g. services/s or a speed-up); `ratio` is computed by the caller and documented in `note`.
 */
export function report(
  bench: string,
  value: number,
  unit: string,
  options: { goal?: number; kind?: GoalKind; baseline?: number; ratio?: number; note: string },
): BenchLine {
  const goal = options.goal ?? null;
  const pass = goal === null ? null : (options.kind ?? 'max') === 'max' ? value <= goal : value >= goal;
  const line: BenchLine = {
    bench,
    value: round(value),
    unit,
    goal,
    baseline: options.baseline === undefined ? null : round(options.baseline),
    ratio: options.ratio === undefined ? null : round(options.ratio),
    pass,
  };
  process.stdout.write(JSON.stringify(line) + '\n');
  printed.push({ ...line, note: options.note });
  return line;
}

/** The human summary of everything reported so far (for stderr). */
export function summary(): string {
  const rows = printed.map((l) => {
    const verdict = l.pass === null ? '    ' : l.pass ? 'PASS' : 'FAIL';
    const goal = l.goal === null ? '' : ` (goal ${l.goal})`;
    const ratio = l.ratio === null ? '' : `  ratio ${l.ratio} vs baseline ${l.baseline}`;
    return `${verdict} ${l.bench.padEnd(40)} ${String(l.value).padStart(10)} ${l.unit}${goal}${ratio}\n       ${l.note}`;
  });
  const failed = printed.filter((l) => l.pass === false).length;
  return [...rows, `${printed.filter((l) => l.pass !== null).length - failed} goals met, ${failed} missed`].join('\n');
}

const startedAt = Date.now();

/** Writes a progress message to stderr (stdout carries only the JSON lines), with elapsed time. */
export function progress(message: string): void {
  process.stderr.write(`[bench +${((Date.now() - startedAt) / 1000).toFixed(0)}s] ${message}\n`);
}
