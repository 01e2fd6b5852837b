import { parse } from 'csv-parse/sync';
import { ImportError } from './import-error';
import { readTextFile } from './read-text-file';

export interface CsvRow {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

/**
 * Reads a small CSV file (UTF-8, optional BOM, header row, `,` or `;` separated — the
 * separator is taken from the header line) and checks that the required columns exist.
 */
export async function readCsvTable(file: string, required: readonly string[]): Promise<CsvRow[]> {
  const text = await readTextFile(file);
  // One line ending (Excel writes CRLF), so that line numbers and quoted cells read alike.
  const body = text.replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new ImportError(file, 'the file is empty; expected a header row');
  const headerLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    // relax_column_count_less: a row may leave its trailing optional cells off.
    records = parse(body, { delimiter, info: true, raw: true, skip_empty_lines: true, relax_column_count_less: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new ImportError(e.lines ? `${file}: line ${e.lines}` : file, `malformed CSV: ${e.message.replace(/^Invalid Record Length: /, '')}`);
  }
  const [header, ...rows] = records;
  const columns = (header?.record ?? []).map((c) => c.trim().toLowerCase());
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new ImportError(`${file}: line 1`, `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (header has: ${columns.join(', ') || 'nothing'})`);
  // Line numbers from the raw text itself: csv-parse's own counter is off around blank
  // lines and CRLF inside quotes. `raw` of each record includes blank lines before it.
  let newlinesBefore = countNewlines(header?.raw ?? '');
  return rows.map(({ record, raw }) => {
    const leadingBlank = countNewlines(/^[\r\n]*/.exec(raw)?.[0] ?? '');
    const line = 1 + newlinesBefore + leadingBlank;
    newlinesBefore += countNewlines(raw);
    return { line, values: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])) };
  });
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
