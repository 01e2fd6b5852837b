import { randomUUID } from 'node:crypto';
import type { DecisionValue } from '../../shared/domain/types';
import { writeTransaction, type DbHandle } from '../../db/client';
import { articleIdSet } from '../../db/queries/articles';
import { latestSnapshotId, snapshotHashes } from '../../db/queries/catalogue';
import { upsertApprovedDecisions, type ApprovedDecisionInput } from '../../db/queries/decisions';
import { recordHistory } from '../../db/queries/history';
import { readCsvTable, type CsvRow } from './csv-table';
import { ImportError } from './import-error';

/**
 * Imports an approved list (CSV `article_id,service_id,decision` with optional note and
 * decided_by) in one transaction. A later row for the same pair wins. Each decision
 * remembers the service's content hash in the latest snapshot, to flag later changes.
 */
export async function importDecisions(handle: DbHandle, file: string, options: { now?: () => Date } = {}): Promise<{ decisions: number; rows: number }> {
  const rows = await readCsvTable(file, ['article_id', 'service_id', 'decision']);
  const now = (options.now?.() ?? new Date()).toISOString();
  // Reads and writes in one transaction, so the hashes are those of the snapshot the decisions land on.
  const decisions = writeTransaction(handle, () => {
    const byPair = validRows(handle, file, rows);
    const changed = changedDecisions(handle, [...byPair.values()]);
    upsertApprovedDecisions(handle, [...byPair.values()], now, 'import');
    recordDecisionEvents(handle, changed, now, file);
    const articles = new Set([...byPair.values()].map((d) => d.articleId)).size;
    recordHistory(handle, { userId: null, userName: 'import' }, now, [{ kind: 'import.decisions', data: { source: file, decisions: byPair.size, changed: changed.length, rows: rows.length, articles } }]);
    return byPair.size;
  });
  return { decisions, rows: rows.length };
}

interface ChangedDecision {
  row: ApprovedDecisionInput;
  before: { decision: DecisionValue; decidedBy: string; decidedAt: string; note: string | null } | null;
}

/** The rows that change a pair's approved decision (a repeat of what is there changes nothing). */
function changedDecisions(handle: DbHandle, rows: readonly ApprovedDecisionInput[]): ChangedDecision[] {
  const current = handle.sqlite.prepare(
    `SELECT decision, decided_by AS decidedBy, decided_at AS decidedAt, note FROM decisions WHERE article_id = ? AND service_id = ? AND status = 'approved'`,
  );
  return rows
    .map((row) => ({ row, before: (current.get(row.articleId, row.serviceId) as ChangedDecision['before'] | undefined) ?? null }))
    .filter(({ row, before }) => !before || before.decision !== row.decision || before.note !== row.note);
}

/**
 * Each changed pair goes into history as a decision like any other (by the name in the file),
 * and each touched article's decisions version moves on: someone deciding the same service
 * in the workbench on an older screen gets a conflict, not a silent overwrite of the import.
 */
function recordDecisionEvents(handle: DbHandle, changed: readonly ChangedDecision[], at: string, source: string): void {
  const bump = handle.sqlite.prepare(`UPDATE articles SET decisions_version = decisions_version + 1 WHERE id = ? RETURNING decisions_version`).pluck();
  const versions = new Map<string, number>();
  for (const articleId of new Set(changed.map((c) => c.row.articleId))) versions.set(articleId, bump.get(articleId) as number);
  const batch = randomUUID();
  for (const { row, before } of changed) {
    const after = { decision: row.decision, decidedBy: row.decidedBy, decidedAt: at, note: row.note, serviceHash: row.serviceHash };
    recordHistory(handle, { userId: null, userName: row.decidedBy }, at, [
      { kind: 'decision.set', articleId: row.articleId, serviceId: row.serviceId, articleVersion: versions.get(row.articleId) ?? null, data: { batch, before, after, source } },
    ]);
  }
}

function validRows(handle: DbHandle, file: string, rows: readonly CsvRow[]): Map<string, ApprovedDecisionInput> {
  const articles = articleIdSet(handle);
  const snapshotId = latestSnapshotId(handle);
  const hashes = snapshotId === null ? new Map<string, string>() : snapshotHashes(handle, snapshotId);
  const byPair = new Map<string, ApprovedDecisionInput>();
  for (const { line, values } of rows) {
    const where = `${file}: line ${line}`;
    const articleId = values['article_id'] ?? '';
    const serviceId = (values['service_id'] ?? '').toLowerCase();
    const decision = (values['decision'] ?? '').toLowerCase();
    if (articleId === '') throw new ImportError(where, 'article_id is empty');
    if (!articles.has(articleId)) throw new ImportError(where, `unknown article "${articleId}" (import the articles first)`);
    if (serviceId === '') throw new ImportError(where, 'service_id is empty');
    if (decision !== 'include' && decision !== 'exclude') throw new ImportError(where, `decision must be include or exclude, got "${values['decision'] ?? ''}"`);
    byPair.set(`${articleId}\u0000${serviceId}`, {
      articleId,
      serviceId,
      decision: decision as DecisionValue,
      decidedBy: values['decided_by'] || 'import',
      note: values['note'] || null,
      serviceHash: hashes.get(serviceId) ?? null,
    });
  }
  return byPair;
}
