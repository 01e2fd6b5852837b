import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { ImportError } from './import-error';

export interface CsvRow {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

const maxCsvBytes = 50 * 1024 * 1024;

/**
 * Reads a small CSV file (UTF-8, optional BOM, header row, `,` or `;` separated — the
 * separator is taken from the header line) and checks that the required columns exist.
 */
export async function readCsvTable(file: string, required: readonly string[]): Promise<CsvRow[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(file, error.code === 'ENOENT' ? 'no such file' : `could not read: ${error.message}`);
  });
  if (Buffer.byteLength(text) > maxCsvBytes) throw new ImportError(file, `file is over the ${maxCsvBytes}-byte limit`);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ImportError(file, 'the file is empty; expected a header row');
  const headerLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(body, { delimiter, info: true, raw: true, skip_empty_lines: true, relax_column_count: false, trim: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new ImportError(e.lines ? `${file}: line ${e.lines}` : file, `malformed CSV: ${e.message.replace(/^Invalid Record Length: /, '')}`);
  }
  const [header, ...rows] = records;
  const columns = (header?.record ?? []).map((c) => c.trim().toLowerCase());
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new ImportError(`${file}: line 1`, `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (header has: ${columns.join(', ') || 'nothing'})`);
  return rows.map(({ record, info, raw }) => ({
    // csv-parse reports the line a record ends on; a quoted cell may span lines.
    line: info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0),
    values: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])),
  }));
}
