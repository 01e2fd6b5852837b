import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { DbHandle } from '../../db/client';
import { UserError } from '../user-error';

/**
 * A consistent copy of the live database with `VACUUM INTO` (works while others write),
 * verified by opening the copy: integrity_check ok and no foreign-key violations.
 */
export function backupDatabase(handle: DbHandle, target: string): { target: string; bytes: number; integrity: string } {
  if (existsSync(target)) throw new UserError(`${target} exists already; choose a new file`);
  handle.sqlite.prepare('VACUUM INTO ?').run(target);
  const copy = new Database(target, { readonly: true });
  try {
    const integrity = String(copy.pragma('integrity_check', { simple: true }));
    const fkProblems = copy.pragma('foreign_key_check') as unknown[];
    if (integrity !== 'ok' || fkProblems.length > 0) throw new Error(`backup ${target} failed verification: ${integrity}, ${fkProblems.length} foreign-key problems`);
    const bytes = (copy.prepare('SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()').get() as { n: number }).n;
    return { target, bytes, integrity };
  } finally {
    copy.close();
  }
}
