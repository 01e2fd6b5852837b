import type { DbHandle } from '../../../db/client';
import { generateDemo } from '../../../server/demo/generate-demo';
import { buildDiffReport } from '../../../server/engine/region-diff-report';
import { ArraySource } from '../../../server/import/array-source';
import { importPtv } from '../../../server/import/import-ptv';

export interface CatalogueDrift {
  /** Still surfaces, but its Finnish summary was rewritten. */
  contentChanged: string;
  /** Lost the keywords that made it surface, so it no longer does. */
  stopped: string;
}

type RawService = Record<string, unknown>;

function surfacingIn(handle: DbHandle, region: string, articleId: string) {
  const diff = buildDiffReport(handle, { region, articleId }).articles[0];
  if (!diff) throw new Error(`article ${articleId} has no diff in region ${region}`);
  return diff.items.filter((item) => item.reasons !== null && !item.reasons.pinned);
}

/**
 * A new catalogue import (as PTV's next day would bring) in which two services that surface
 * in `articleId` change: one's summary is rewritten, the other loses the keywords it
 * surfaced by. Only services in `among` are picked (those the test's sign-off covers).
 */
export async function importDrift(handle: DbHandle, region: string, articleId: string, among: readonly string[]): Promise<CatalogueDrift> {
  const candidates = surfacingIn(handle, region, articleId).filter((item) => among.includes(item.serviceId));
  const byKeyword = candidates.find((item) => (item.reasons?.keywords.length ?? 0) > 0);
  const rewritten = candidates.find((item) => item !== byKeyword);
  if (!byKeyword || !rewritten) throw new Error(`${articleId} needs two surfacing services among ${among.join(', ')}, one of them by keyword`);
  const raw = new Map(generateDemo(1).services.map((s) => [s['id'] as string, s]));
  const original = (id: string): RawService => {
    const service = raw.get(id);
    if (!service) throw new Error(`service ${id} is not in the demo catalogue`);
    return service;
  };

  const changed = original(rewritten.serviceId);
  const descriptions = changed['serviceDescriptions'] as { language: string; value: string; type: string }[];
  const withNewSummary = {
    ...changed,
    serviceDescriptions: descriptions.map((d) => (d.language === 'fi' && d.type === 'Summary' ? { ...d, value: `${d.value} Ajanvaraus muuttui: soita arkisin klo 8–10.` } : d)),
    modified: new Date().toISOString(),
  };

  const lost = new Set(byKeyword.reasons!.keywords);
  const stripped = original(byKeyword.serviceId);
  const withoutKeywords = {
    ...stripped,
    ontologyTerms: (stripped['ontologyTerms'] as { uri: string }[]).filter((term) => !lost.has(term.uri)),
    modified: new Date().toISOString(),
  };

  await importPtv(handle, new ArraySource('catalogue update with changed services', [withNewSummary, withoutKeywords]), { incremental: true, note: 'two services changed after a sign-off' });

  // Make sure the catalogue moved as intended, so a failing check in the browser means the app.
  const after = new Map(surfacingIn(handle, region, articleId).map((item) => [item.serviceId, item]));
  if (after.has(byKeyword.serviceId)) throw new Error(`${byKeyword.serviceId} still surfaces in ${articleId} without its keywords`);
  if (!after.has(rewritten.serviceId)) throw new Error(`${rewritten.serviceId} stopped surfacing in ${articleId} although only its summary changed`);
  return { contentChanged: rewritten.serviceId, stopped: byKeyword.serviceId };
}
