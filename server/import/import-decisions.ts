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
    upsertApprovedDecisions(handle, [...byPair.values()], now, 'import');
    const articles = new Set([...byPair.values()].map((d) => d.articleId)).size;
    recordHistory(handle, { userId: null, userName: 'import' }, now, [{ kind: 'import.decisions', data: { source: file, decisions: byPair.size, rows: rows.length, articles } }]);
    return byPair.size;
  });
  return { decisions, rows: rows.length };
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
