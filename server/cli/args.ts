import { parseArgs } from 'node:util';
import { UserError } from '../user-error';

export interface CliArgs {
  db: string | undefined;
  help: boolean;
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

/** Parses the command line; unknown options are an error that names them. */
export function parseCli(argv: string[]): CliArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        region: { type: 'string' },
        format: { type: 'string' },
        snapshot: { type: 'string' },
        article: { type: 'string' },
        against: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        since: { type: 'string' },
        incremental: { type: 'boolean' },
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        topics: { type: 'string' },
        'base-url': { type: 'string' },
        out: { type: 'string' },
        language: { type: 'string' },
        recipient: { type: 'string' },
        states: { type: 'string' },
        separator: { type: 'string' },
        'mark-sent': { type: 'boolean' },
      },
    });
    const { db, help, ...options } = values;
    return { db, help: help ?? false, positionals, options };
  } catch (error) {
    throw new UserError((error as Error).message);
  }
}

export function requireOption(args: CliArgs, name: string): string {
  const value = args.options[name];
  if (typeof value !== 'string' || value === '') throw new UserError(`--${name} is required`);
  return value;
}

export function optionalInt(args: CliArgs, name: string): number | undefined {
  const value = args.options[name];
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UserError(`--${name} must be a positive whole number, got "${String(value)}"`);
  return n;
}

export function oneOf<T extends string>(args: CliArgs, name: string, allowed: readonly T[], fallback: T): T {
  const value = args.options[name] ?? fallback;
  if (!allowed.includes(value as T)) throw new UserError(`--${name} must be one of ${allowed.join(', ')}, got "${String(value)}"`);
  return value as T;
}
