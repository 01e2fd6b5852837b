import { lifeEventRows, serviceClassRows, targetGroupRows, type CodeRow } from './ptv-code-rows';
import { serviceClassNotes } from './service-class-notes';
import { stableGuid } from './seeded-random';

/**
 * Builds the PTV v11 "finto items" for service classes, target groups and life events:
 * `uri` in the legacy Finto form, `newUri` in the koodistot.suomi.fi form (ptv-api.md §3.1).
 */

type FintoKind = 'serviceClass' | 'targetGroup' | 'lifeEvent';

const lists: Record<FintoKind, { rows: readonly CodeRow[]; ontologyType: string; codeList: string }> = {
  serviceClass: { rows: serviceClassRows, ontologyType: 'ptvserclass2', codeList: 'ptvserclass2' },
  targetGroup: { rows: targetGroupRows, ontologyType: 'ptvkohderyhmat', codeList: 'ptvkohderyhmat' },
  lifeEvent: { rows: lifeEventRows, ontologyType: 'ptvelti', codeList: 'ptvelti' },
};

const byKind = new Map<FintoKind, Map<string, CodeRow>>(
  (Object.keys(lists) as FintoKind[]).map((kind) => [kind, new Map(lists[kind].rows.map((row) => [row[0], row]))]),
);

const legacyBase = 'http://urn.fi/URN:NBN:fi:au:ptvl:';

function newUri(kind: FintoKind, code: string): string {
  return `http://uri.suomi.fi/codelist/ptv/${lists[kind].codeList}/code/${code}`;
}

function row(kind: FintoKind, code: string): CodeRow {
  const found = byKind.get(kind)?.get(code);
  if (!found) throw new Error(`demo data: ${kind} code "${code}" is not in ptv-code-rows.ts`);
  return found;
}

// Codes added after the Finto era (P28) have no legacy URI; PTV then serves the new one in `uri` too.
function legacyUri(kind: FintoKind, code: string): string {
  const legacyId = row(kind, code)[5];
  return legacyId === null ? newUri(kind, code) : legacyBase + legacyId;
}

const cache = new Map<string, Readonly<Record<string, unknown>>>();

/**
 * The PTV finto item for one code; throws on a code the demo tables do not know.
 * Items are built once and shared (frozen), since thousands of services carry the same ones.
 */
export function fintoItem(kind: FintoKind, code: string): Readonly<Record<string, unknown>> {
  const cacheKey = `${kind}:${code}`;
  let item = cache.get(cacheKey);
  if (!item) {
    item = deepFreeze(buildItem(kind, code));
    cache.set(cacheKey, item);
  }
  return item;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function buildItem(kind: FintoKind, code: string): Record<string, unknown> {
  const [, parent, fi, sv, en] = row(kind, code);
  const item: Record<string, unknown> = {
    name: [
      { value: fi, language: 'fi' },
      { value: sv, language: 'sv' },
      { value: en, language: 'en' },
    ],
  };
  if (kind === 'serviceClass') {
    const note = serviceClassNotes[code];
    item['description'] = note ? [{ value: note, language: 'fi' }] : [];
  }
  return {
    ...item,
    code,
    ontologyType: lists[kind].ontologyType,
    uri: legacyUri(kind, code),
    parentId: parent === '' ? null : stableGuid(`finto:${parent}`),
    parentUri: parent === '' ? null : legacyUri(kind, parent),
    newUri: newUri(kind, code),
    newParentUri: parent === '' ? null : newUri(kind, parent),
  };
}
