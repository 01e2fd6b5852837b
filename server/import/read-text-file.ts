import { readFile, stat } from 'node:fs/promises';
import { ImportError } from './import-error';

/**
 * Reads a small input file (articles, decisions, observed surfacing) whole, after checking
 * its size, without a leading BOM. Missing or unreadable files become one-line ImportErrors.
 */
export async function readTextFile(file: string, maxBytes = 50 * 1024 * 1024): Promise<string> {
  try {
    const info = await stat(file);
    if (info.size > maxBytes) throw new ImportError(file, `file is ${info.size} bytes, over the ${maxBytes}-byte limit`);
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const e = error as NodeJS.ErrnoException;
    throw new ImportError(file, e.code === 'ENOENT' ? 'no such file' : `could not read: ${e.message}`);
  }
}
