import { writeTransaction, type DbHandle } from '../../db/client';
import { latestSnapshotId, snapshotHashes } from '../../db/queries/catalogue';
import { upsertApprovedDecisions } from '../../db/queries/decisions';
import { replaceObserved } from '../../db/queries/observed';
import { loadRegions } from '../../db/queries/regions';
import { ArraySource } from '../import/array-source';
import { importArticlesData } from '../import/import-articles';
import { importPtv } from '../import/import-ptv';
import { generateDemo } from './generate-demo';
import { previousCatalogue } from './previous-catalogue';

const demoRegionName = 'Itä-Uudenmaan hyvinvointialue';

/**
 * Loads the demo county through the same importers as real data: the catalogue as two
 * snapshots (an earlier import and the current one), the articles, a partly filled
 * approved list and an observed surfacing.
 */
export async function seedDemo(handle: DbHandle, seed = 1): Promise<{ snapshotId: number | null; services: number; articles: number; decisions: number; observed: number }> {
  const demo = generateDemo(seed);
  const region = loadRegions(handle.db).find((r) => r.name.fi === demoRegionName);
  if (!region) throw new Error(`demo region ${demoRegionName} is missing from the reference regions`);
  await importPtv(handle, new ArraySource('demo catalogue (earlier import)', [...demo.organizations, ...previousCatalogue(demo.services, demo.articlesFile.articles)]), { kind: 'demo', note: 'Demo data (Itä-Uusimaa), an earlier import' });
  const catalogue = await importPtv(handle, new ArraySource('demo catalogue', [...demo.organizations, ...demo.services]), { kind: 'demo', note: 'Demo data (Itä-Uusimaa)' });
  const articles = importArticlesData(handle, demo.articlesFile, 'demo articles', { by: 'demo' });
  const snapshotId = latestSnapshotId(handle);
  const hashes = snapshotId === null ? new Map<string, string>() : snapshotHashes(handle, snapshotId);
  const now = new Date().toISOString();
  writeTransaction(handle, () => {
    upsertApprovedDecisions(
      handle,
      demo.decisions.map((d) => ({ ...d, decidedBy: d.decidedBy ?? 'demo', note: d.note ?? null, serviceHash: hashes.get(d.serviceId) ?? null })),
      now,
      'demo',
    );
    replaceObserved(handle, region.code, demo.observed, now);
  });
  return { snapshotId: catalogue.snapshotId, services: catalogue.services, articles: articles.articles, decisions: demo.decisions.length, observed: demo.observed.length };
}

/** Seeds the demo only into an empty database (no snapshot and no articles yet). */
export async function seedDemoIfEmpty(handle: DbHandle): Promise<boolean> {
  const articles = handle.sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
  if (latestSnapshotId(handle) !== null || articles.n > 0) return false;
  await seedDemo(handle);
  return true;
}
