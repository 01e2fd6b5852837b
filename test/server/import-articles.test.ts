/**
 * importArticles: the articles file of surfacing.md (JSON) and its CSV form. Regions in
 * the file override reference ones; re-imports bump versions only on change; bad input
 * fails with file and JSON path (or line) and writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../db/queries/articles';
import { findRegion, loadRegions } from '../../db/queries/regions';
import { ImportError } from '../../server/import/import-error';
import { importArticles } from '../../server/import/import-articles';
import { dumpTables, tempDb } from '../helpers/temp-db';

const files = join(import.meta.dirname, '../fixtures/files');
const koko = (n: number) => `http://www.yso.fi/onto/koko/p${n}`;
const sid = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const empty = { keywords: [], serviceClasses: [], targetGroups: [], lifeEvents: [], excludeKeywords: [], pinned: [], blocked: [] };

function write(dir: string, name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('articles JSON', () => {
  it('imports the surfacing.md file: regions, articles in file order, normalised rules', async () => {
    const { handle } = tempDb();
    const result = await importArticles(handle, join(files, 'articles.json'), { now: () => new Date('2026-03-01T00:00:00Z'), by: 'tester' });
    expect(result).toEqual({ articles: 3, created: 3, updated: 0, unchanged: 0, regions: 1 });
    expect(findRegion(handle.db, '99')).toEqual({ code: '99', name: { fi: 'Testialue', sv: 'Testområde' }, municipalities: ['018', '407'] });
    const articles = loadArticles(handle);
    expect(articles.map((a) => a.id)).toEqual(['vauvan-uni', 'neuvola', 'tyhja-artikkeli']);
    expect(articles[0]).toEqual({
      id: 'vauvan-uni',
      title: { fi: 'Vauvan uni', sv: 'Babyns sömn' },
      topic: 'vauva',
      url: 'https://example.invalid/vauvan-uni',
      rule: { ...empty, keywords: [koko(1)], serviceClasses: ['P3'], targetGroups: ['KR1.2'] },
      version: 1,
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    expect(articles[1]).toMatchObject({ title: { fi: 'Neuvola', sv: '' }, url: null, rule: { ...empty, serviceClasses: ['P5.2'], excludeKeywords: [koko(666)], pinned: [sid(7)], blocked: [sid(8)] } });
    expect(articles[2]?.rule).toEqual({ ...empty, keywords: [koko(999)] });
  });

  it('re-importing counts unchanged articles, bumps the version of changed ones and keeps the others', async () => {
    const { handle, dir } = tempDb();
    await importArticles(handle, join(files, 'articles.json'));
    expect(await importArticles(handle, join(files, 'articles.json'))).toEqual({ articles: 3, created: 0, updated: 0, unchanged: 3, regions: 1 });
    const changed = write(dir, 'changed.json', { articles: [{ id: 'neuvola', title: { fi: 'Neuvola' }, topic: 'raskaus', rule: { serviceClasses: ['P5'] } }, { id: 'uusi', title: { fi: 'Uusi' } }] });
    expect(await importArticles(handle, changed)).toEqual({ articles: 2, created: 1, updated: 1, unchanged: 0, regions: 0 });
    const byId = new Map(loadArticles(handle).map((a) => [a.id, a]));
    expect([...byId.keys()]).toEqual(['vauvan-uni', 'neuvola', 'tyhja-artikkeli', 'uusi']);
    expect(byId.get('neuvola')).toMatchObject({ version: 2, rule: { ...empty, serviceClasses: ['P5'] } });
    expect(byId.get('vauvan-uni')?.version).toBe(1);
  });

  it('`regions` may be absent; a region in the file replaces the reference region of that code', async () => {
    const { handle, dir } = tempDb();
    const reference = findRegion(handle.db, '16');
    expect(reference?.municipalities.length).toBeGreaterThan(2);
    await importArticles(handle, write(dir, 'no-regions.json', { articles: [{ id: 'a', title: { fi: 'A' } }] }));
    expect(findRegion(handle.db, '16')).toEqual(reference);
    await importArticles(handle, write(dir, 'override.json', { regions: [{ code: '16', name: { fi: 'Oma alue' }, municipalities: ['398', '398', '111'] }], articles: [] }));
    expect(findRegion(handle.db, '16')).toEqual({ code: '16', name: { fi: 'Oma alue', sv: 'Oma alue' }, municipalities: ['111', '398'] });
  });

  it('a byte-order mark is accepted', async () => {
    const { handle, dir } = tempDb();
    await importArticles(handle, write(dir, 'bom.json', '\uFEFF{"articles":[{"id":"bom","title":{"fi":"BOM"}}]}'));
    expect(loadArticles(handle).map((a) => a.id)).toEqual(['bom']);
  });
});

describe('articles CSV', () => {
  it('reads id, titles, topic, url and the rule lists separated by spaces or |', async () => {
    const { handle } = tempDb();
    expect(await importArticles(handle, join(files, 'articles.csv'))).toEqual({ articles: 2, created: 2, updated: 0, unchanged: 0, regions: 0 });
    const [uni, neuvola] = loadArticles(handle);
    expect(uni).toMatchObject({ id: 'vauvan-uni', title: { fi: 'Vauvan uni', sv: 'Babyns sömn' }, url: 'https://example.invalid/vauvan-uni', rule: { ...empty, keywords: [koko(1)], serviceClasses: ['P3'], targetGroups: ['KR1.2'] } });
    expect(neuvola).toMatchObject({
      id: 'neuvola',
      title: { fi: 'Neuvola, äitiys', sv: '' },
      url: null,
      rule: { ...empty, serviceClasses: ['P5.2', 'P5.3'], excludeKeywords: [koko(666)], pinned: [sid(7)], blocked: [sid(8)] },
    });
  });
});

describe('bad articles files write nothing', () => {
  async function expectRefused(file: string, message: string): Promise<void> {
    const { handle } = tempDb();
    await importArticles(handle, join(files, 'articles.json'));
    const before = dumpTables(handle);
    const failure = importArticles(handle, file);
    await expect(failure).rejects.toBeInstanceOf(ImportError);
    await expect(failure).rejects.toThrow(message);
    expect(dumpTables(handle)).toEqual(before);
  }

  it('malformed JSON', async () => {
    const { dir } = tempDb();
    const file = write(dir, 'broken.json', '{"articles": [');
    await expectRefused(file, `${file}: invalid JSON: `);
  });

  it('a missing title names the JSON path', async () => {
    const { dir } = tempDb();
    const file = write(dir, 'a.json', { articles: [{ id: 'a', title: { fi: 'A' } }, { id: 'b', title: {} }] });
    await expectRefused(file, `${file}: $.articles[1].title.fi: `);
  });

  it('a rule list that is not a list names the JSON path', async () => {
    const { dir } = tempDb();
    const file = write(dir, 'a.json', { articles: [{ id: 'a', title: { fi: 'A' }, rule: { keywords: koko(1) } }] });
    await expectRefused(file, `${file}: $.articles[0].rule.keywords: `);
  });

  it('a two-digit municipality code in a region', async () => {
    const { dir } = tempDb();
    const file = write(dir, 'a.json', { regions: [{ code: '99', name: { fi: 'X' }, municipalities: ['18'] }], articles: [] });
    await expectRefused(file, `${file}: $.regions[0].municipalities[0]: a municipality code is three digits, e.g. "018"`);
  });

  it('the same article id twice', async () => {
    const { dir } = tempDb();
    const file = write(dir, 'a.json', { articles: [{ id: 'x', title: { fi: 'X' } }, { id: 'y', title: { fi: 'Y' } }, { id: 'x', title: { fi: 'X2' } }] });
    await expectRefused(file, `${file}: $.articles[2].id: article "x" appears twice`);
  });

  it('a CSV row without a Finnish title names its line', async () => {
    const file = join(files, 'articles-bad-row.csv');
    await expectRefused(file, `${file}: line 3: title.fi: `);
  });

  it('a missing file', async () => {
    await expectRefused('/nonexistent/articles.json', '/nonexistent/articles.json: no such file');
  });

  it('the reference regions stay as they were after a refused file', async () => {
    const { handle, dir } = tempDb();
    const regions = loadRegions(handle.db);
    const file = write(dir, 'a.json', { regions: [{ code: '16', name: { fi: 'X' }, municipalities: ['111'] }], articles: [{ id: 'x' }] });
    await expect(importArticles(handle, file)).rejects.toThrow(`${file}: $.articles[0].title: `);
    expect(loadRegions(handle.db)).toEqual(regions);
  });
});
