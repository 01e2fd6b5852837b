import type { z } from 'zod';
import { normalizeRule } from '../../shared/domain/article-rule';
import type { ArticleRule } from '../../shared/domain/types';
import { articleRuleInputSchema, articlesFileSchema, type ArticlesFile } from '../../shared/schemas/articles-file';
import { writeTransaction, type DbHandle } from '../../db/client';
import { loadArticles, upsertArticles } from '../../db/queries/articles';
import { recordHistory } from '../../db/queries/history';
import { upsertRegions } from '../../db/queries/regions';
import { verifyAfterImport, type VerificationErrorLog, type VerificationSummary } from '../services/verify-requests';
import { readCsvTable } from './csv-table';
import { ImportError } from './import-error';
import { readTextFile } from './read-text-file';

export interface ImportArticlesResult {
  articles: number;
  created: number;
  updated: number;
  unchanged: number;
  regions: number;
  /** The check of open change requests against the new rules, by region (absent when none were open). */
  verification?: VerificationSummary[];
  /** Why that check failed; the articles are imported all the same. */
  verificationError?: string;
}

export interface ImportArticlesOptions {
  now?: () => Date;
  by?: string;
  /** Where a failed check of change requests after the import is logged (standard error by default). */
  onVerificationError?: VerificationErrorLog;
}

/**
 * Imports an articles file (JSON as in surfacing.md, or CSV) in one transaction:
 * regions it defines replace the reference ones of the same code, articles are
 * created or updated, articles not in the file are kept.
 */
export async function importArticles(handle: DbHandle, file: string, options: ImportArticlesOptions = {}): Promise<ImportArticlesResult> {
  const parsed = file.toLowerCase().endsWith('.csv') ? await readArticlesCsv(file) : await readArticlesJson(file);
  return importArticlesData(handle, parsed, file, options);
}

/** Imports already-read articles-file content; `origin` names it in errors. */
export function importArticlesData(handle: DbHandle, data: unknown, origin: string, options: ImportArticlesOptions = {}): ImportArticlesResult {
  const parsed = validate(origin, data);
  const file = origin;
  const seen = new Set<string>();
  parsed.articles.forEach((a, i) => {
    if (seen.has(a.id)) throw new ImportError(file, `$.articles[${i}].id: article "${a.id}" appears twice`);
    seen.add(a.id);
  });
  const now = (options.now?.() ?? new Date()).toISOString();
  const regions = (parsed.regions ?? []).map((r) => ({ code: r.code, name: { fi: r.name.fi, sv: r.name.sv ?? r.name.fi }, municipalities: r.municipalities, ...(r.alandIslands ? { alandIslands: true } : {}) }));
  const articles = parsed.articles.map((a) => ({
    id: a.id,
    title: { fi: a.title.fi, sv: a.title.sv ?? '' },
    topic: a.topic ?? '',
    url: a.url ?? null,
    rule: normalizeRule(a.rule ?? {}),
  }));
  const counts = writeTransaction(handle, () => {
    const rulesBefore = new Map(loadArticles(handle).map((a) => [a.id, JSON.stringify(a.rule)]));
    upsertRegions(handle.db, regions, now);
    const written = upsertArticles(handle, articles, now, options.by ?? null);
    const rulesChanged = articles.filter((a) => rulesBefore.has(a.id) && rulesBefore.get(a.id) !== JSON.stringify(a.rule)).map((a) => a.id);
    recordHistory(handle, { userId: null, userName: options.by ?? 'import' }, now, [
      {
        kind: 'import.articles',
        data: {
          source: origin,
          articles: articles.length,
          ...written,
          regions: regions.length,
          // Enough to name them in the timeline without letting one event grow without bound.
          rulesChanged: rulesChanged.slice(0, maxListedRuleChanges),
          rulesChangedCount: rulesChanged.length,
        },
      },
    ]);
    return written;
  });
  return { articles: articles.length, ...counts, regions: regions.length, ...verifyAfterImport(handle, { trigger: 'articles', snapshotId: null, now: new Date(now), onError: options.onVerificationError }) };
}

const maxListedRuleChanges = 1000;

/**
 * One article rule checked as the articles file checks it (surfacing.md) and normalised;
 * `origin` names it in the error, which gives the field's path (`$.keywords[2]: …`). Used by
 * the rule editor, so a rule saved in the UI is one a file could hold. Unlike a whole file it
 * also refuses unknown fields: a misspelt list name must not vanish silently from an edit.
 */
export function parseArticleRule(origin: string, data: unknown): ArticleRule {
  const result = articleRuleInputSchema.strict().safeParse(data);
  if (!result.success) throw new ImportError(origin, describeIssue(result.error.issues[0]));
  return normalizeRule(result.data);
}

async function readArticlesJson(file: string): Promise<ArticlesFile> {
  const text = await readTextFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, `invalid JSON: ${(error as Error).message}`);
  }
  return validate(file, data);
}

function validate(file: string, data: unknown): ArticlesFile {
  const result = articlesFileSchema.safeParse(data);
  if (!result.success) throw new ImportError(file, describeIssue(result.error.issues[0]));
  return result.data;
}

/** First zod issue as "$.articles[3].rule.keywords: message". */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid content';
  const path = issue.path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : `${acc}.${String(seg)}`), '$');
  return `${path}: ${issue.message}`;
}

const listColumns = ['keywords', 'service_classes', 'target_groups', 'life_events', 'exclude_keywords', 'pinned', 'blocked'] as const;

/**
 * Articles CSV: id, title_fi, title_sv, topic, url and the rule lists, each a cell of
 * values separated by spaces or `|`.
 */
async function readArticlesCsv(file: string): Promise<ArticlesFile> {
  const rows = await readCsvTable(file, ['id', 'title_fi']);
  const split = (cell: string | undefined) => (cell ?? '').split(/[\s|]+/).filter((v) => v !== '');
  const articles = rows.map(({ line, values }) => {
    const article = {
      id: values['id'],
      title: { fi: values['title_fi'], sv: values['title_sv'] || undefined },
      topic: values['topic'] ?? '',
      url: values['url'] || null,
      rule: Object.fromEntries(listColumns.map((c) => [c.replace(/_(\w)/g, (_, ch: string) => ch.toUpperCase()), split(values[c])])),
    };
    const check = articlesFileSchema.shape.articles.element.safeParse(article);
    if (!check.success) throw new ImportError(`${file}: line ${line}`, describeIssue(check.error.issues[0]).replace(/^\$\.?/, '') || 'invalid row');
    return check.data;
  });
  return { articles };
}
