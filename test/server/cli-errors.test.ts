/**
 * CLI bad input: a non-zero exit, one line on stderr, nothing on stdout, and the
 * database exactly as it was.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { FileSource } from '../../server/import/file-source';
import { importArticles } from '../../server/import/import-articles';
import { importDecisions } from '../../server/import/import-decisions';
import { importPtv } from '../../server/import/import-ptv';
import { projectRoot, runCli, type CliResult } from '../helpers/run-cli';
import { dumpTables } from '../helpers/temp-db';

const fixtures = join(import.meta.dirname, '../fixtures');
const samples = join(projectRoot, '..', 'shared', 'reference', 'ptv-samples'); // shared/ sits beside the checkout

let dir = '';
let db = '';
let before: Record<string, unknown[]> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'linkkipaja-cli-errors-'));
  db = join(dir, 'seeded.sqlite');
  const handle = createDb(db);
  await importPtv(handle, new FileSource(join(fixtures, 'ptv/family-catalogue.json')));
  await importArticles(handle, join(fixtures, 'files/articles.json'));
  await importDecisions(handle, join(fixtures, 'files/decisions.csv'));
  before = dumpTables(handle);
  handle.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exit code 1, nothing on stdout, exactly one line on stderr; returns that line. */
function refused(run: CliResult): string {
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^error: [^\n]+\n$/);
  expect(run.code).toBe(1);
  return run.stderr.trimEnd();
}

function expectDatabaseUnchanged(): void {
  const handle = createDb(db);
  try {
    expect(dumpTables(handle)).toEqual(before);
  } finally {
    handle.close();
  }
}

describe('bad commands and options', () => {
  it('an unknown command is refused before any database is opened', async () => {
    const fresh = join(dir, 'never-created.sqlite');
    expect(refused(await runCli(['--db', fresh, 'frobnicate']))).toBe('error: unknown command "frobnicate" (see --help)');
    expect(existsSync(fresh)).toBe(false);
  });

  // With no command the help text goes to stdout on a failing exit code.
  it('no command at all is bad input: non-zero exit, one line on stderr, nothing on stdout', async () => {
    refused(await runCli(['--db', db]));
  });

  it('diff: missing --region, unknown region, bad format, bad snapshot, unknown option and unknown article', async () => {
    const runs = await Promise.all([
      runCli(['--db', db, 'diff', '--format', 'json']),
      runCli(['--db', db, 'diff', '--region', '98', '--format', 'json']),
      runCli(['--db', db, 'diff', '--region', '99', '--format', 'xml']),
      runCli(['--db', db, 'diff', '--region', '99', '--snapshot', '7']),
      runCli(['--db', db, 'diff', '--region', '99', '--snapshot', 'abc']),
      runCli(['--db', db, 'diff', '--region', '99', '--colour']),
      runCli(['--db', db, 'diff', '--region', '99', '--article', 'ei-ole']),
    ]);
    const lines = runs.map(refused);
    expect(lines[0]).toBe('error: --region is required');
    expect(lines[1]).toMatch(/^error: unknown region "98" \(known: 01, .*\b99\)$/);
    expect(lines[2]).toBe('error: --format must be one of json, csv, table, got "xml"');
    expect(lines[3]).toBe('error: unknown snapshot 7');
    expect(lines[4]).toBe('error: --snapshot must be a positive whole number, got "abc"');
    expect(lines[5]).toMatch(/^error: Unknown option '--colour'/);
    expect(lines[6]).toBe('error: unknown article "ei-ole"');
    expectDatabaseUnchanged();
  });

  it('import without what or without a file; snapshot-diff with a single snapshot', async () => {
    const runs = await Promise.all([
      runCli(['--db', db, 'import']),
      runCli(['--db', db, 'import', 'ptv']),
      runCli(['--db', db, 'import', 'everything', 'x']),
      runCli(['--db', db, 'snapshot-diff', '--region', '99']),
    ]);
    expect(runs.map(refused)).toEqual([
      'error: import what? one of: ptv, articles, decisions, observed, requests',
      'error: missing argument: a file, folder or URL',
      'error: import what? one of: ptv, articles, decisions, observed, requests',
      'error: a snapshot diff needs two snapshots; import the catalogue again first',
    ]);
    expectDatabaseUnchanged();
  });
});

describe('bad import files', () => {
  it('PTV: a folder with a broken third file, a record without id, the smbackend envelope without codes', async () => {
    const folder = join(fixtures, 'ptv/folder-broken');
    const smbackend = join(samples, 'City-of-Helsinki_smbackend_municipality_services.json');
    const runs = await Promise.all([
      runCli(['--db', db, 'import', 'ptv', folder]),
      runCli(['--db', db, 'import', 'ptv', join(fixtures, 'ptv/missing-id.json')]),
      runCli(['--db', db, 'import', 'ptv', smbackend]),
      runCli(['--db', db, 'import', 'ptv', join(dir, 'nothing-here')]),
    ]);
    const lines = runs.map(refused);
    expect(lines[0]).toMatch(new RegExp(`^error: ${join(folder, '03-third-broken.json')}:2: invalid JSON in \\$\\[0\\]: `));
    expect(lines[1]).toBe(`error: ${join(fixtures, 'ptv/missing-id.json')}: $.itemList[1].id: required field is missing`);
    expect(lines[2]).toBe(`error: ${smbackend}: $.itemList[0].serviceClasses[0].code: required field is missing`);
    expect(lines[3]).toBe(`error: ${join(dir, 'nothing-here')}: no such file or folder`);
    expectDatabaseUnchanged();
  });

  it('articles and decisions: broken JSON, a bad decision value, an unknown article, a malformed row', async () => {
    const brokenArticles = join(dir, 'broken-articles.json');
    writeFileSync(brokenArticles, '{"articles": [{"id": "x", "title": {"fi": "X"}},');
    const file = (name: string) => join(fixtures, 'files', name);
    const runs = await Promise.all([
      runCli(['--db', db, 'import', 'articles', brokenArticles]),
      runCli(['--db', db, 'import', 'articles', file('articles-bad-row.csv')]),
      runCli(['--db', db, 'import', 'decisions', file('decisions-bad-value.csv')]),
      runCli(['--db', db, 'import', 'decisions', file('decisions-unknown-article.csv')]),
      runCli(['--db', db, 'import', 'decisions', file('decisions-malformed.csv')]),
    ]);
    const lines = runs.map(refused);
    expect(lines[0]).toMatch(new RegExp(`^error: ${brokenArticles}: invalid JSON: `));
    expect(lines[1]).toMatch(new RegExp(`^error: ${file('articles-bad-row.csv')}: line 3: title\\.fi: `));
    expect(lines[2]).toBe(`error: ${file('decisions-bad-value.csv')}: line 3: decision must be include or exclude, got "maybe"`);
    expect(lines[3]).toBe(`error: ${file('decisions-unknown-article.csv')}: line 4: unknown article "no-such-article" (import the articles first)`);
    expect(lines[4]).toBe(`error: ${file('decisions-malformed.csv')}: line 3: decision must be include or exclude, got ""`);
    expectDatabaseUnchanged();
  });
});
