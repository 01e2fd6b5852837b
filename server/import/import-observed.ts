import { writeTransaction, type DbHandle } from '../../db/client';
import { articleIdSet } from '../../db/queries/articles';
import { replaceObserved } from '../../db/queries/observed';
import { findRegion } from '../../db/queries/regions';
import { readCsvTable } from './csv-table';
import { ImportError } from './import-error';

/**
 * Imports what Omaperhe actually shows in a region (CSV `article_id,service_id`),
 * replacing the region's earlier observation, in one transaction.
 */
export async function importObserved(handle: DbHandle, file: string, regionCode: string, options: { now?: () => Date } = {}): Promise<{ pairs: number }> {
  if (!findRegion(handle.db, regionCode)) throw new ImportError(file, `unknown region "${regionCode}"`);
  const rows = await readCsvTable(file, ['article_id', 'service_id']);
  const articles = articleIdSet(handle);
  const pairs = rows.map(({ line, values }) => {
    const articleId = values['article_id'] ?? '';
    const serviceId = (values['service_id'] ?? '').toLowerCase();
    if (!articles.has(articleId)) throw new ImportError(`${file}: line ${line}`, `unknown article "${articleId}"`);
    if (serviceId === '') throw new ImportError(`${file}: line ${line}`, 'service_id is empty');
    return { articleId, serviceId };
  });
  const now = (options.now?.() ?? new Date()).toISOString();
  writeTransaction(handle, () => replaceObserved(handle, regionCode, pairs, now));
  return { pairs: pairs.length };
}
