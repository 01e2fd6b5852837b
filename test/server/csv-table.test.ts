import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../server/import/csv-table';
import { tempDir } from '../helpers/temp-db';

function csv(text: string): string {
  const file = join(tempDir(), 'table.csv');
  writeFileSync(file, text);
  return file;
}

const lines = async (text: string) => (await readCsvTable(csv(text), ['article_id'])).map((r) => [r.line, r.values['service_id']]);

describe('readCsvTable line numbers', () => {
  it('count blank lines before a row', async () => {
    expect(await lines('article_id,service_id,decision\na,s1,include\n\na,s2,maybe\n')).toEqual([
      [2, 's1'],
      [4, 's2'],
    ]);
  });

  it('count CRLF endings and a quoted cell spanning lines', async () => {
    expect(await lines('article_id,service_id,decision,note\r\na,s1,include,"two\r\nlines"\r\n\r\na,s2,maybe,x\r\n')).toEqual([
      [2, 's1'],
      [5, 's2'],
    ]);
  });

  it('accept a row that leaves trailing optional cells off, and refuse one with too many', async () => {
    const rows = await readCsvTable(csv('article_id,service_id,decision,note\na,s1,include\n'), ['article_id']);
    expect(rows[0]?.values).toEqual({ article_id: 'a', service_id: 's1', decision: 'include', note: '' });
    await expect(readCsvTable(csv('article_id,service_id\na,s1,extra\n'), ['article_id'])).rejects.toThrow(/line 2: malformed CSV/);
  });
});
