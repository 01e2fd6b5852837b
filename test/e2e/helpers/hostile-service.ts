import type { DbHandle } from '../../../db/client';
import { buildDiffReport } from '../../../server/engine/region-diff-report';
import { generateDemo } from '../../../server/demo/generate-demo';
import { ArraySource } from '../../../server/import/array-source';
import { importPtv } from '../../../server/import/import-ptv';

export const hostileServiceId = '0badc0de-0000-4000-8000-000000000001';
export const hostileName = '<script>window.__xss = 1</script>Perhekahvila';
export const hostileSummary = '<img src=x onerror="window.__xss = 2">Kohtaamispaikka';

/**
 * Adds, as a new catalogue import, a copy of a service that surfaces in `articleId` whose
 * name and summary carry markup — as another organisation could write them in PTV.
 */
export async function addHostileService(handle: DbHandle, articleId: string): Promise<void> {
  const diff = buildDiffReport(handle, { region: '01', articleId }).articles[0];
  const model = diff?.items.find((item) => item.reasons?.area === 'regional');
  const raw = generateDemo(1).services.find((s) => s['id'] === model?.serviceId);
  if (!raw) throw new Error(`no regional service surfaces in ${articleId} to copy`);
  const hostile = {
    ...raw,
    id: hostileServiceId,
    sourceId: null,
    serviceNames: [{ language: 'fi', value: hostileName, type: 'Name' }, { language: 'sv', value: hostileName, type: 'Name' }],
    serviceDescriptions: [
      { language: 'fi', value: hostileSummary, type: 'Summary' },
      { language: 'fi', value: `${hostileSummary} <a href="javascript:alert(1)">linkki</a>`, type: 'Description' },
    ],
  };
  await importPtv(handle, new ArraySource('hostile service', [hostile]), { incremental: true, note: 'a service with markup in its texts' });
}
