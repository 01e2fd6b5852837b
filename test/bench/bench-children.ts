/**
 * Child processes of the HTTP benchmarks (the app server, the load generator): started
 * with the same node and tsx loader as the bench, each speaking JSON lines on stdout.
 * Every child is tracked until it has exited, so that the bench can stop them all on
 * failure or on a signal; a child also exits by itself when its stdin closes (the bench
 * process died), so none outlives the bench.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const running = new Set<ChildProcessWithoutNullStreams>();

/** Absolute path of a script next to this file. */
export function benchScript(name: string): string {
  return fileURLToPath(new URL(`./${name}`, import.meta.url));
}

export interface JsonChild {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the next JSON line the child prints on stdout. */
  nextMessage(timeoutMs: number): Promise<unknown>;
  /** Everything the child wrote on stderr so far (for error messages). */
  stderr(): string;
  /** Asks the child to stop (stdin closed, then SIGTERM, then SIGKILL) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts `script` (a .ts file of this folder) as a child process with `args`. */
export function startJsonChild(script: string, args: readonly string[], label: string): JsonChild {
  const child = spawn(process.execPath, [...process.execArgv, benchScript(script), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  let err = '';
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  void exited.then(() => running.delete(child));
  child.stderr.on('data', (d: Buffer) => {
    if (err.length < 20_000) err += d.toString();
  });
  const queue: unknown[] = [];
  const waiters: { resolve: (v: unknown) => void; reject: (e: Error) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return; // not ours (a stray log line)
    }
    const waiter = waiters.shift();
    if (waiter) waiter.resolve(value);
    else queue.push(value);
  });
  void exited.then(() => {
    for (const waiter of waiters.splice(0)) waiter.reject(new Error(`${label} exited (code ${child.exitCode ?? child.signalCode}): ${err.trim().slice(-2000)}`));
  });
  return {
    child,
    stderr: () => err,
    nextMessage(timeoutMs) {
      if (queue.length > 0) return Promise.resolve(queue.shift());
      if (child.exitCode !== null || child.signalCode !== null) return Promise.reject(new Error(`${label} has exited: ${err.trim().slice(-2000)}`));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const i = waiters.findIndex((w) => w.resolve === done);
          if (i >= 0) waiters.splice(i, 1);
          reject(new Error(`${label}: no answer within ${timeoutMs} ms: ${err.trim().slice(-2000)}`));
        }, timeoutMs);
        const done = (v: unknown): void => {
          clearTimeout(timer);
          resolve(v);
        };
        waiters.push({
          resolve: done,
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end();
      const killer = setTimeout(() => child.kill('SIGTERM'), 2000);
      const hardKiller = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
      clearTimeout(hardKiller);
    },
  };
}

/** Sends a line to a child's stdin and returns its next JSON line. */
export function ask(child: JsonChild, command: string, timeoutMs = 10_000): Promise<unknown> {
  child.child.stdin.write(`${command}\n`);
  return child.nextMessage(timeoutMs);
}

/** Runs a child to completion and returns the last JSON line it printed. */
export async function runJsonChild(script: string, args: readonly string[], label: string, timeoutMs: number): Promise<unknown> {
  const child = startJsonChild(script, args, label);
  try {
    return await child.nextMessage(timeoutMs);
  } finally {
    await child.stop();
  }
}

/** Kills every child still running, at once (for signal handlers, which cannot wait). */
export function killBenchChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Stops every child still running and waits for them to exit. */
export async function stopBenchChildren(): Promise<void> {
  const left = [...running];
  for (const child of left) child.kill('SIGTERM');
  const hardKiller = setTimeout(killBenchChildren, 3000);
  await Promise.all(left.map((c) => new Promise<void>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve())))));
  clearTimeout(hardKiller);
}
