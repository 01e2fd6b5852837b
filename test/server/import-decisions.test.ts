/**
 * importDecisions (approved list CSV, `,` or `;`, BOM, later row wins) and importObserved.
 * A bad value, an unknown article or a malformed row fails naming file and line, and
 * writes nothing — not even the good rows before it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client';
import { snapshotHashes } from '../../db/queries/catalogue';
import { loadObserved } from '../../db/queries/observed';
import { buildObservedReport } from '../../server/engine/observed-report';
import { FileSource } from '../../server/import/file-source';
import { ImportError } from '../../server/import/import-error';
import { importArticles } from '../../server/import/import-articles';
import { importDecisions } from '../../server/import/import-decisions';
import { importObserved } from '../../server/import/import-observed';
import { importPtv } from '../../server/import/import-ptv';
import { dumpTables, tempDb, tempDir } from '../helpers/temp-db';

const fixtures = join(import.meta.dirname, '../fixtures');
const file = (name: string) => join(fixtures, 'files', name);
const sid = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A database with the small family catalogue (snapshot 1) and the three articles. */
async function seeded(): Promise<{ handle: DbHandle; dir: string }> {
  const { handle, dir } = tempDb();
  await importPtv(handle, new FileSource(join(fixtures, 'ptv/family-catalogue.json')));
  await importArticles(handle, file('articles.json'));
  return { handle, dir };
}

const approved = (handle: DbHandle) =>
  handle.sqlite
    .prepare(`SELECT article_id AS articleId, service_id AS serviceId, decision, decided_by AS decidedBy, note, service_hash AS hash, status, source FROM decisions ORDER BY article_id, service_id`)
    .all() as { articleId: string; serviceId: string; decision: string; decidedBy: string; note: string | null; hash: string | null; status: string; source: string }[];

describe('approved decisions CSV', () => {
  it('imports a comma-separated list with notes and deciders, remembering each service hash', async () => {
    const { handle } = await seeded();
    const result = await importDecisions(handle, file('decisions.csv'), { now: () => new Date('2026-04-01T00:00:00Z') });
    expect(result).toEqual({ decisions: 10, rows: 10 });
    const rows = approved(handle);
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.status === 'approved' && r.source === 'import')).toBe(true);
    const s3 = rows.find((r) => r.articleId === 'neuvola' && r.serviceId === sid(3));
    expect(s3).toMatchObject({ decision: 'exclude', decidedBy: 'Liisa', note: 'Ei meidän alueen, "väärä" neuvola', hash: snapshotHashes(handle, 1).get(sid(3)) });
    expect(rows.find((r) => r.serviceId === sid(99))).toMatchObject({ articleId: 'vauvan-uni', decision: 'include', hash: null, note: null });
  });

  it('reads `;`, a BOM and CRLF; ids are lowercased, values case-folded, and a later row for the same pair wins', async () => {
    const { handle } = await seeded();
    expect(await importDecisions(handle, file('decisions-semicolon.csv'))).toEqual({ decisions: 2, rows: 3 });
    expect(approved(handle).map((r) => [r.articleId, r.serviceId, r.decision, r.note, r.decidedBy])).toEqual([
      ['neuvola', sid(2), 'exclude', 'later row wins', 'import'],
      ['neuvola', sid(3), 'include', null, 'import'],
    ]);
  });

  it('a second import replaces the approved decision of a pair and keeps the other pairs', async () => {
    const { handle } = await seeded();
    await importDecisions(handle, file('decisions.csv'));
    await importDecisions(handle, file('decisions-semicolon.csv'));
    const rows = approved(handle);
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => r.articleId === 'neuvola' && r.serviceId === sid(2)).map((r) => r.decision)).toEqual(['exclude']);
    expect(rows.find((r) => r.articleId === 'neuvola' && r.serviceId === sid(3))?.decision).toBe('include');
  });
});

describe('bad decision files write nothing', () => {
  async function expectRefused(path: string, message: string): Promise<void> {
    const { handle } = await seeded();
    await importDecisions(handle, file('decisions.csv'));
    const before = dumpTables(handle);
    const failure = importDecisions(handle, path);
    await expect(failure).rejects.toBeInstanceOf(ImportError);
    await expect(failure).rejects.toThrow(message);
    expect(dumpTables(handle)).toEqual(before);
  }
  const temp = (name: string, text: string) => {
    const path = join(tempDir(), name);
    writeFileSync(path, text);
    return path;
  };

  it('a decision other than include/exclude', async () => {
    await expectRefused(file('decisions-bad-value.csv'), `${file('decisions-bad-value.csv')}: line 3: decision must be include or exclude, got "maybe"`);
  });

  it('an unknown article', async () => {
    await expectRefused(file('decisions-unknown-article.csv'), `${file('decisions-unknown-article.csv')}: line 4: unknown article "no-such-article" (import the articles first)`);
  });

  it('a row with a missing required column', async () => {
    // Trailing optional cells may be left off, so the short row is read and its empty decision refused.
    await expectRefused(file('decisions-malformed.csv'), `${file('decisions-malformed.csv')}: line 3: decision must be include or exclude`);
  });

  it('an unclosed quote', async () => {
    const path = temp('quote.csv', 'article_id,service_id,decision\nneuvola,"c0000000,include\n');
    await expectRefused(path, `${path}: line 2: malformed CSV: `);
  });

  it('a header without the required columns, an empty file, an empty service id', async () => {
    const header = temp('header.csv', 'article,service_id\nneuvola,x\n');
    await expectRefused(header, `${header}: line 1: missing columns article_id, decision (header has: article, service_id)`);
    const empty = temp('empty.csv', '\uFEFF');
    await expectRefused(empty, `${empty}: the file is empty; expected a header row`);
    const noService = temp('no-service.csv', 'article_id,service_id,decision\nneuvola,,include\n');
    await expectRefused(noService, `${noService}: line 2: service_id is empty`);
  });

  it('line numbers count blank lines', async () => {
    const path = temp('blank.csv', 'article_id,service_id,decision\r\n\r\nneuvola,x,include\r\n\r\nneuvola,y,nope\r\n');
    await expectRefused(path, `${path}: line 5: decision must be include or exclude`);
  });

  // csv-parse reports the line where a record ends; CsvRow.line promises where it starts.
  it('a row whose note spans two lines is named by the line it starts on', async () => {
    const path = temp('multiline.csv', 'article_id,service_id,decision,note\nneuvola,x,maybe,"first line\nsecond line"\n');
    await expectRefused(path, `${path}: line 2: decision must be include or exclude, got "maybe"`);
  });
});

describe('observed surfacing CSV', () => {
  it('imports the pairs of a region and replaces its earlier observation', async () => {
    const { handle, dir } = await seeded();
    expect(await importObserved(handle, file('observed.csv'), '99')).toEqual({ pairs: 3 });
    expect(loadObserved(handle, '99')).toEqual(new Map([['vauvan-uni', new Set([sid(1), sid(4)])], ['neuvola', new Set([sid(2)])]]));
    const later = join(dir, 'later.csv');
    writeFileSync(later, `article_id,service_id\nneuvola,${sid(3)}\n`);
    await importObserved(handle, later, '99');
    expect(loadObserved(handle, '99')).toEqual(new Map([['neuvola', new Set([sid(3)])]]));
  });

  it('the observed report lists where the model and Omaperhe disagree', async () => {
    const { handle } = await seeded();
    await importObserved(handle, file('observed.csv'), '99');
    expect(buildObservedReport(handle, '99')).toEqual({
      region: '99',
      snapshot: '1',
      agreeing: 1,
      articles: [
        { articleId: 'vauvan-uni', onlyObserved: [{ serviceId: sid(4), modelSays: 'outside_region' }], onlyComputed: [sid(10)] },
        { articleId: 'neuvola', onlyObserved: [], onlyComputed: [sid(3), sid(7)] },
      ],
    });
  });

  it('an unknown region or article is refused and nothing is written', async () => {
    const { handle, dir } = await seeded();
    const before = dumpTables(handle);
    await expect(importObserved(handle, file('observed.csv'), '98')).rejects.toThrow(`${file('observed.csv')}: unknown region "98"`);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `article_id,service_id\nneuvola,${sid(2)}\nkadonnut,${sid(2)}\n`);
    await expect(importObserved(handle, bad, '99')).rejects.toThrow(`${bad}: line 3: unknown article "kadonnut"`);
    expect(dumpTables(handle)).toEqual(before);
  });
});
