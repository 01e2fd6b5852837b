/**
 * The command line end to end on a small hand-made data set (test/fixtures): imports,
 * then `diff --region 99` in json (the exact shape of surfacing.md), csv and table,
 * `snapshots` and `snapshot-diff` after a second catalogue import.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli';

const fixtures = join(import.meta.dirname, '../fixtures');
const sid = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const p1 = 'http://www.yso.fi/onto/koko/p1';

let dir = '';
let db = '';
const cli = (...args: string[]) => runCli(['--db', db, ...args]);

/** Exit 0, JSON (and only JSON) on stdout. */
function json(run: CliResult): unknown {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as unknown;
}

const imports: CliResult[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'linkkipaja-cli-'));
  db = join(dir, 'cli.sqlite');
  imports.push(await cli('import', 'ptv', join(fixtures, 'ptv/family-catalogue.json')));
  imports.push(await cli('import', 'articles', join(fixtures, 'files/articles.json')));
  imports.push(await cli('import', 'decisions', join(fixtures, 'files/decisions.csv')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Reasons = { keywords?: string[]; serviceClasses?: string[]; targetGroups?: string[]; area: string; areaVia: string; pinned?: boolean };
const surfaced = (n: number, category: string, r: Reasons, changedSinceApproval = false) => ({
  serviceId: sid(n),
  category,
  reasons: { keywords: [], serviceClasses: [], targetGroups: [], lifeEvents: [], pinned: false, ...r },
  missingReason: null,
  missingDetail: null,
  changedSinceApproval,
});
const missing = (n: number, missingReason: string, missingDetail: string[] = []) => ({ serviceId: sid(n), category: 'missing', reasons: null, missingReason, missingDetail, changedSinceApproval: false });
const cleared = (n: number) => ({ serviceId: sid(n), category: 'cleared', reasons: null, missingReason: null, missingDetail: null, changedSinceApproval: false });
const counts = (ok: number, unreviewed: number, unwanted: number, missingCount: number, clearedCount: number) => ({ ok, unreviewed, unwanted, missing: missingCount, cleared: clearedCount });

const neuvolaItems = (changed: boolean) => [
  surfaced(2, 'ok', { serviceClasses: ['P5.2'], area: 'national', areaVia: 'Nationwide' }, changed),
  surfaced(7, 'unreviewed', { area: 'national', areaVia: 'Nationwide', pinned: true }),
  surfaced(3, 'unwanted', { serviceClasses: ['P5.2'], area: 'regional', areaVia: 'WellbeingServiceCounties:99' }),
  missing(4, 'outside_region'),
  missing(5, 'not_published'),
  missing(6, 'excluded_keyword'),
  missing(8, 'blocked'),
];

const expectedDiff = {
  region: '99',
  snapshot: '1',
  against: 'computed',
  articles: [
    {
      articleId: 'vauvan-uni',
      counts: counts(1, 1, 0, 2, 1),
      items: [
        surfaced(10, 'ok', { keywords: [p1], serviceClasses: ['P3'], targetGroups: ['KR1.2'], area: 'regional', areaVia: 'Region:018' }),
        surfaced(1, 'unreviewed', { keywords: [p1], serviceClasses: ['P3.7'], targetGroups: ['KR1.2'], area: 'regional', areaVia: 'Municipality:018' }),
        missing(9, 'criteria_not_met', ['targetGroups']),
        missing(99, 'not_in_catalogue'),
        cleared(2),
      ],
    },
    { articleId: 'neuvola', counts: counts(1, 1, 1, 4, 0), items: neuvolaItems(false) },
    { articleId: 'tyhja-artikkeli', counts: counts(0, 0, 0, 0, 0), items: [] },
  ],
};

describe('imports', () => {
  it('print their results as JSON on stdout; progress goes to stderr', () => {
    const [ptv, articles, decisions] = imports.map(json);
    expect(ptv).toEqual({ snapshotId: 1, services: 10, organizations: 0, archived: 0, skipped: {}, shapes: { v8: 10 } });
    expect(articles).toEqual({ articles: 3, created: 3, updated: 0, unchanged: 0, regions: 1 });
    expect(decisions).toEqual({ decisions: 10, rows: 10 });
    expect(imports[0]?.stderr).toMatch(/^import ptv: writing 10 services, 0 organizations, 0 other records/m);
  });
});

describe('diff --region 99', () => {
  it('--format json prints exactly the surfacing.md report: every article, items with reasons or missingReason', async () => {
    const run = await cli('diff', '--region', '99', '--format', 'json');
    expect(json(run)).toEqual(expectedDiff);
    expect(run.stderr).toBe('');
  });

  it('json is the default format; --article narrows to one article', async () => {
    expect(json(await cli('diff', '--region', '99'))).toEqual(expectedDiff);
    expect(json(await cli('diff', '--region', '99', '--article', 'tyhja-artikkeli'))).toEqual({ ...expectedDiff, articles: [expectedDiff.articles[2]] });
  });

  it('--format csv prints one row per item with a header', async () => {
    const run = await cli('diff', '--region', '99', '--format', 'csv');
    expect(run.code).toBe(0);
    const rows = run.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('article_id,service_id,category,keywords,service_classes,target_groups,life_events,area,area_via,pinned,missing_reason,missing_detail,changed_since_approval');
    expect(rows.slice(1)).toEqual([
      `vauvan-uni,${sid(10)},ok,${p1},P3,KR1.2,,regional,Region:018,false,,,false`,
      `vauvan-uni,${sid(1)},unreviewed,${p1},P3.7,KR1.2,,regional,Municipality:018,false,,,false`,
      `vauvan-uni,${sid(9)},missing,,,,,,,,criteria_not_met,targetGroups,false`,
      `vauvan-uni,${sid(99)},missing,,,,,,,,not_in_catalogue,,false`,
      `vauvan-uni,${sid(2)},cleared,,,,,,,,,,false`,
      `neuvola,${sid(2)},ok,,P5.2,,,national,Nationwide,false,,,false`,
      `neuvola,${sid(7)},unreviewed,,,,,national,Nationwide,true,,,false`,
      `neuvola,${sid(3)},unwanted,,P5.2,,,regional,WellbeingServiceCounties:99,false,,,false`,
      `neuvola,${sid(4)},missing,,,,,,,,outside_region,,false`,
      `neuvola,${sid(5)},missing,,,,,,,,not_published,,false`,
      `neuvola,${sid(6)},missing,,,,,,,,excluded_keyword,,false`,
      `neuvola,${sid(8)},missing,,,,,,,,blocked,,false`,
    ]);
  });

  it('--format table prints a heading per article (also empty ones) with counts and a line per item', async () => {
    const run = await cli('diff', '--region', '99', '--format', 'table');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Region 99, snapshot 1, against computed surfacing');
    expect(lines).toContain('vauvan-uni  ok 1 · unreviewed 1 · unwanted 0 · missing 2 · cleared 1');
    expect(lines).toContain('neuvola  ok 1 · unreviewed 1 · unwanted 1 · missing 4 · cleared 0');
    expect(lines).toContain('tyhja-artikkeli  ok 0 · unreviewed 0 · unwanted 0 · missing 0 · cleared 0');
    expect(lines).toContain(`  missing    ${sid(9)} criteria_not_met: targetGroups`);
    expect(lines).toContain(`  unreviewed ${sid(7)} Nationwide, pinned`);
    expect(lines.filter((l) => l.startsWith('  '))).toHaveLength(12);
  });
});

describe('a second catalogue snapshot', () => {
  let second: CliResult;
  beforeAll(async () => {
    second = await cli('import', 'ptv', join(fixtures, 'ptv/family-catalogue-v2.json'));
  });

  it('`snapshots` lists both, newest first', async () => {
    expect(json(second)).toMatchObject({ snapshotId: 2, services: 11 });
    const list = json(await cli('snapshots')) as Record<string, unknown>[];
    expect(list.map((s) => [s['id'], s['kind'], s['serviceCount'], s['baseSnapshotId']])).toEqual([
      [2, 'full', 11, null],
      [1, 'full', 10, null],
    ]);
    expect(list[1]?.['source']).toBe(join(fixtures, 'ptv/family-catalogue.json'));
  });

  it('`snapshot-diff --region 99` lists what began and stopped surfacing', async () => {
    expect(json(await cli('snapshot-diff', '--region', '99'))).toEqual({
      region: '99',
      from: '1',
      to: '2',
      changes: [{ articleId: 'vauvan-uni', began: [sid(11)], stopped: [sid(1)] }],
    });
    expect(json(await cli('snapshot-diff', '--region', '99', '--from', '2', '--to', '1'))).toMatchObject({ from: '2', to: '1', changes: [{ began: [sid(1)], stopped: [sid(11)] }] });
  });

  it('diff uses the latest snapshot and flags an approved service that changed; --snapshot 1 still gives the old diff', async () => {
    const latest = json(await cli('diff', '--region', '99', '--article', 'neuvola')) as typeof expectedDiff;
    expect(latest.snapshot).toBe('2');
    expect(latest.articles).toEqual([{ articleId: 'neuvola', counts: counts(1, 1, 1, 4, 0), items: neuvolaItems(true) }]);
    expect(json(await cli('diff', '--region', '99', '--snapshot', '1'))).toEqual(expectedDiff);
  });
});

describe('--help', () => {
  it('prints the usage on stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Linkkipaja/);
    for (const command of ['import ptv', 'import articles', 'import decisions', 'diff --region CODE', 'snapshot-diff', 'snapshots']) expect(run.stdout).toContain(command);
  });
});
