import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogueSource, SourceRecord } from './catalogue-source';
import { ImportError } from './import-error';
import { JsonRecordSplitter } from './json-record-splitter';

/** Largest single file read (a national dump is ~200 MB). */
const defaultMaxFileBytes = 2 * 1024 ** 3;

/** PTV JSON from a file, or from every `.json` file of a folder (sorted by name, not recursive). */
export class FileSource implements CatalogueSource {
  readonly incremental = false;
  readonly description: string;

  constructor(
    private readonly path: string,
    private readonly maxFileBytes = defaultMaxFileBytes,
  ) {
    this.description = path;
  }

  async *records(): AsyncIterable<SourceRecord> {
    for (const file of await this.files()) yield* readJsonFile(file, this.maxFileBytes);
  }

  private async files(): Promise<string[]> {
    const info = await stat(this.path).catch(() => {
      throw new ImportError(this.path, 'no such file or folder');
    });
    if (info.isFile()) return [this.path];
    if (!info.isDirectory()) throw new ImportError(this.path, 'not a file or folder');
    const names = (await readdir(this.path)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
    if (names.length === 0) throw new ImportError(this.path, 'the folder has no .json files');
    return names.map((n) => join(this.path, n));
  }
}

/** Streams one JSON file through the record splitter. */
export async function* readJsonFile(file: string, maxBytes = defaultMaxFileBytes): AsyncIterable<SourceRecord> {
  const info = await stat(file);
  if (info.size > maxBytes) throw new ImportError(file, `file is ${info.size} bytes, over the ${maxBytes}-byte limit`);
  const splitter = new JsonRecordSplitter(file);
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) {
      for (const record of splitter.push(chunk as string)) yield { origin: file, ...record };
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, `could not read: ${(error as Error).message}`);
  } finally {
    stream.destroy();
  }
  for (const record of splitter.end()) yield { origin: file, ...record };
}
