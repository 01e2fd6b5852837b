/**
 * Formula injection through the CSV writer: arbitrary strings and the WSTG payloads written
 * with toCsv and parsed back with csv-parse — no cell may start like a formula, and every
 * cell is its text or the text behind one apostrophe.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvSeparator } from '../../server/export/render-csv';
import { looksLikeFormula } from '../../shared/domain/spreadsheet-cell';

const payloads = ["=cmd|' /C calc'!A0", '+SUM(1,2)', '-2+3', '@SUM(1)', '\t=1', '\r=1', '\n=1', '\u0000=1', '\uFF1D1', '=HYPERLINK("http://evil.example","x")'];

function roundTrip(rows: string[][], separator: CsvSeparator): string[][] {
  const text = toCsv(rows, separator);
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text.slice(1), { delimiter: separator, record_delimiter: '\r\n', relax_column_count: true }) as string[][];
}

function expectSafe(written: string[][], read: string[][]): void {
  expect(read).toHaveLength(written.length);
  read.forEach((row, i) => {
    expect(row).toHaveLength(written[i]!.length);
    row.forEach((cell, j) => {
      expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(false);
      expect([written[i]![j], `'${written[i]![j]}`]).toContain(cell);
    });
  });
}

describe('CSV formula injection', () => {
  it.each([';', ','] as const)('neutralises the WSTG payloads with "%s"', (separator) => {
    const rows = [payloads, payloads.map((p) => `ok ${p}`)];
    const read = roundTrip(rows, separator);
    expectSafe(rows, read);
    expect(read[0]).toEqual(payloads.map((p) => `'${p}`));
    expect(read[1]).toEqual(rows[1]);
  });

  it('holds for arbitrary strings, quotes, separators and line breaks included', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...payloads), fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '"', ';', ',', '\n', '\r', '\t', ' ', 'a', 'ä', '\u0000', '\uFF1D') }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.constantFrom<CsvSeparator>(';', ','), (rows, separator) => {
        // A row of one empty cell is a blank line, which CSV readers skip: keep rows non-blank.
        const written = rows.map((row) => (row.length === 1 && row[0] === '' ? ['x'] : row));
        expectSafe(written, roundTrip(written, separator));
      }),
      { numRuns: 1000 },
    );
  });
});
