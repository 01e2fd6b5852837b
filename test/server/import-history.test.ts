/**
 * Every import run leaves one history event, by "import" (or the name it was given), in the
 * same transaction as what it wrote: a failed import leaves none. An articles import that
 * changes a rule moves the article's version (so an open rule editor conflicts) and keeps
 * the decisions version (approved decisions did not change).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client';
import { listHistory } from '../../db/queries/history';
import { ArraySource } from '../../server/import/array-source';
import { FileSource } from '../../server/import/file-source';
import { importArticles, importArticlesData } from '../../server/import/import-articles';
import { importDecisions } from '../../server/import/import-decisions';
import { importPtv } from '../../server/import/import-ptv';
import { syntheticService } from '../helpers/synthetic-ptv';
import { tempDb } from '../helpers/temp-db';

const fixtures = join(import.meta.dirname, '../fixtures');
const file = (name: string) => join(fixtures, 'files', name);
const koko = (n: number) => `http://www.yso.fi/onto/koko/p${n}`;
const T1 = new Date('2026-03-01T10:00:00.000Z');
const T2 = new Date('2026-03-02T10:00:00.000Z');
const events = (handle: DbHandle) => listHistory(handle, { limit: 100 });
const versions = (handle: DbHandle, id: string) => handle.sqlite.prepare(`SELECT version, decisions_version AS decisionsVersion FROM articles WHERE id = ?`).get(id) as { version: number; decisionsVersion: number };

describe('catalogue import', () => {
  it('records one import.catalogue event with the snapshot id and counts', async () => {
    const { handle } = tempDb();
    const result = await importPtv(handle, new FileSource(join(fixtures, 'ptv/family-catalogue.json')), { now: () => T1 });
    const [event, ...rest] = events(handle);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      kind: 'import.catalogue',
      userId: null,
      userName: 'import',
      at: T1.toISOString(),
      articleId: null,
      data: { snapshotId: result.snapshotId, kind: 'full', services: result.services, organizations: result.organizations, archived: 0 },
    });
    await importPtv(handle, new ArraySource('update', [syntheticService(1)]), { incremental: true, now: () => T2 });
    expect(events(handle).map((e) => [e.kind, e.data['snapshotId'], e.data['kind']])).toEqual([
      ['import.catalogue', (result.snapshotId ?? 0) + 1, 'incremental'],
      ['import.catalogue', result.snapshotId, 'full'],
    ]);
  });

  it('an update with organisations only records the run without a snapshot', async () => {
    const { handle } = tempDb();
    await importPtv(handle, new FileSource(join(fixtures, 'ptv/family-catalogue.json')), { now: () => T1 });
    const organization = { id: '44444444-4444-4444-8444-444444444444', organizationNames: [{ language: 'fi', value: 'Uusi yhdistys ry', type: 'Name' }], organizationType: 'Organization' };
    expect((await importPtv(handle, new ArraySource('organisations', [organization]), { incremental: true, now: () => T2 })).snapshotId).toBeNull();
    expect(events(handle)[0]).toMatchObject({ kind: 'import.catalogue', at: T2.toISOString(), data: { snapshotId: null, source: 'organisations', services: 0, organizations: 1 } });
  });

  it('a failed import records nothing', async () => {
    const { handle } = tempDb();
    await expect(importPtv(handle, new ArraySource('empty', []))).rejects.toThrow();
    expect(events(handle)).toEqual([]);
  });
});

describe('articles import', () => {
  it('records counts and which articles’ rules changed; the version moves, the decisions version stays', async () => {
    const { handle, dir } = tempDb();
    await importArticles(handle, file('articles.json'), { now: () => T1 });
    expect(events(handle)).toMatchObject([{ kind: 'import.articles', userName: 'import', at: T1.toISOString(), data: { articles: 3, created: 3, updated: 0, unchanged: 0, regions: 1, rulesChanged: [], rulesChangedCount: 0 } }]);
    handle.sqlite.prepare(`UPDATE articles SET decisions_version = 4 WHERE id = 'neuvola'`).run();
    const changed = join(dir, 'changed.json');
    writeFileSync(
      changed,
      JSON.stringify({
        articles: [
          { id: 'neuvola', title: { fi: 'Neuvola' }, topic: 'raskaus', rule: { serviceClasses: ['P5'] } },
          // Only the title changes: a new version, but not a rule change.
          { id: 'vauvan-uni', title: { fi: 'Vauvan unet', sv: 'Babyns sömn' }, topic: 'vauva', url: 'https://example.invalid/vauvan-uni', rule: { keywords: [koko(1)], serviceClasses: ['P3'], targetGroups: ['KR1.2'] } },
          { id: 'uusi', title: { fi: 'Uusi' } },
        ],
      }),
    );
    await importArticles(handle, changed, { now: () => T2, by: 'changed.json' });
    const latest = events(handle)[0];
    expect(latest).toMatchObject({ kind: 'import.articles', userName: 'changed.json', at: T2.toISOString(), data: { source: changed, articles: 3, created: 1, updated: 2, unchanged: 0, rulesChanged: ['neuvola'], rulesChangedCount: 1 } });
    expect(versions(handle, 'neuvola')).toEqual({ version: 2, decisionsVersion: 4 });
    expect(versions(handle, 'vauvan-uni')).toEqual({ version: 2, decisionsVersion: 0 });
    expect(events(handle)).toHaveLength(2);
  });

  it('a rejected articles file records nothing', async () => {
    const { handle } = tempDb();
    expect(() => importArticlesData(handle, { articles: [{ id: 'x', title: { fi: 'X' }, rule: { keywords: [''] } }] }, 'bad.json')).toThrow(/keywords/);
    expect(events(handle)).toEqual([]);
  });
});

describe('decisions import', () => {
  it('records the import.decisions summary and each changed decision (moving the article versions); a failed one records nothing', async () => {
    const { handle } = tempDb();
    await importPtv(handle, new FileSource(join(fixtures, 'ptv/family-catalogue.json')), { now: () => T1 });
    await importArticles(handle, file('articles.json'), { now: () => T1 });
    const versionsBefore = handle.sqlite.prepare(`SELECT sum(decisions_version) FROM articles`).pluck().get() as number;
    await importDecisions(handle, file('decisions.csv'), { now: () => T2 });
    expect(events(handle)[0]).toMatchObject({ kind: 'import.decisions', userName: 'import', at: T2.toISOString(), data: { source: file('decisions.csv'), decisions: 10, changed: 10, rows: 10, articles: 2 } });
    const decided = events(handle).filter((e) => e.kind === 'decision.set');
    expect(decided).toHaveLength(10);
    expect(decided.every((e) => e.userId === null && e.articleVersion !== null && e.data['before'] === null)).toBe(true);
    // Two articles touched: each version moved once.
    expect(handle.sqlite.prepare(`SELECT sum(decisions_version) FROM articles`).pluck().get()).toBe(versionsBefore + 2);
    // The same file again changes nothing, so only a summary is added.
    await importDecisions(handle, file('decisions.csv'), { now: () => T2 });
    expect(events(handle).filter((e) => e.kind === 'decision.set')).toHaveLength(10);
    const before = events(handle).length;
    await expect(importDecisions(handle, file('decisions-bad-value.csv'))).rejects.toThrow();
    expect(events(handle)).toHaveLength(before);
  });
});
