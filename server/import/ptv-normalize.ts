import type { CatalogueOrganization, CatalogueService, LocalizedText } from '../../shared/domain/catalogue-service';
import type { AreaEntry } from '../../shared/domain/types';
import { FieldReader, isObject } from './ptv-fields';
import {
  detectServiceShape,
  legacyAreaEntryTypes,
  legacyAreaTypes,
  legacyDescriptionTypes,
  legacyServiceFields,
  mapLegacy,
} from './ptv-legacy-names';
import { ImportError } from './import-error';

export type NormalizedRecord =
  | { kind: 'service'; service: CatalogueService }
  | { kind: 'organization'; organization: CatalogueOrganization }
  | { kind: 'skipped'; what: 'serviceChannel' | 'codeListItem' | 'idOnly' };

/** Fields only a Service has among the PTV objects read here (channels and organisations are told apart first). */
const serviceMarkers = ['serviceNames', 'serviceClasses', 'ontologyTerms', 'targetGroups', 'lifeEvents', 'serviceDescriptions', 'areaType', 'publishingStatus'] as const;

/** Sources mark services that came through Lähellä.fi with a `lahella:` sourceId. */
const lahellaSourceId = /^lahella[:-]/i;

/**
 * Turns one PTV JSON record into a catalogue service or organisation, or says which
 * known non-service kind it is. Unknown extra fields are ignored; missing required ones
 * throw an ImportError naming the origin and JSON path.
 */
export function normalizeRecord(value: unknown, origin: string, path: string): NormalizedRecord {
  if (!isObject(value)) throw new ImportError(origin, `${path}: expected a PTV Service or Organization object, got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`);
  if ('serviceChannelNames' in value || 'serviceChannelType' in value) return { kind: 'skipped', what: 'serviceChannel' };
  if ('organizationNames' in value || 'organizationType' in value) return { kind: 'organization', organization: normalizeOrganization(new FieldReader(origin, path, value)) };
  if (serviceMarkers.some((field) => field in value)) return { kind: 'service', service: normalizeService(new FieldReader(origin, path, renameLegacy(value)), detectServiceShape(value)) };
  if (('code' in value || 'municipalityCode' in value) && ('names' in value || 'name' in value)) return { kind: 'skipped', what: 'codeListItem' };
  if ('id' in value && Object.keys(value).every((k) => k === 'id' || k === 'name' || k === 'parentOrganizationId')) return { kind: 'skipped', what: 'idOnly' };
  throw new ImportError(origin, `${path}: not a PTV Service or Organization (none of ${serviceMarkers.join(', ')} or organizationNames)`);
}

function renameLegacy(record: Record<string, unknown>): Record<string, unknown> {
  if (!Object.keys(legacyServiceFields).some((key) => Object.hasOwn(record, key))) return record;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    // Own-property copy: a "__proto__" key in the input stays inert data.
    Object.defineProperty(out, mapLegacy(legacyServiceFields, key), { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function normalizeService(r: FieldReader, shape: string): CatalogueService {
  const id = r.requiredString('id').toLowerCase();
  const organizations = r.objects('organizations').flatMap((entry) => {
    const org = entry.record['organization'];
    if (org === null || org === undefined) return []; // producer given as free text only
    const reader = entry.child('organization', org);
    return [{ id: reader.requiredString('id').toLowerCase(), name: reader.optionalString('name'), role: entry.optionalString('roleType') ?? 'Responsible' }];
  });
  const sourceId = r.optionalString('sourceId');
  const labels = keywordLabels(r);
  const areaType = r.optionalString('areaType');
  return {
    id,
    publishingStatus: r.optionalString('publishingStatus'),
    areaType: areaType === null ? null : mapLegacy(legacyAreaTypes, areaType),
    areas: r.objects('areas').map(readArea),
    keywords: Object.keys(labels),
    serviceClasses: unique(r.objects('serviceClasses').map(readCode)),
    targetGroups: unique(r.objects('targetGroups').map(readCode)),
    lifeEvents: unique(r.objects('lifeEvents').map(readCode)),
    source: sourceId !== null && lahellaSourceId.test(sourceId) ? 'lahella' : 'ptv',
    type: r.optionalString('type'),
    name: r.localized('serviceNames', ['Name', 'AlternativeName', undefined]),
    summary: r.localized('serviceDescriptions', ['Summary'], (t) => mapLegacy(legacyDescriptionTypes, t)),
    description: r.localized('serviceDescriptions', ['Description'], (t) => mapLegacy(legacyDescriptionTypes, t)),
    organizations,
    responsibleOrganizationId: organizations.find((o) => o.role === 'Responsible')?.id ?? null,
    keywordLabels: labels,
    languages: r.list('languages').filter((l): l is string => typeof l === 'string'),
    generalDescriptionId: r.optionalString('generalDescriptionId')?.toLowerCase() ?? null,
    modified: r.optionalString('modified'),
    shape,
  };
}

function readArea(area: FieldReader): AreaEntry {
  const type = mapLegacy(legacyAreaEntryTypes, area.requiredString('type'));
  const rawCode = area.record['code'];
  const code = rawCode === null || rawCode === undefined ? null : String(rawCode);
  // Only the member list counts for availability (surfacing.md), whatever the entry's own code.
  const municipalities = area.objects('municipalities').map((m) => padMunicipality(m.requiredString('code')));
  return { type, code, municipalities };
}

/** Finto items key on `code`; where a source left it out, the code URI still names it. */
function readCode(item: FieldReader): string {
  const code = item.optionalString('code');
  if (code && code.trim() !== '') return code.trim();
  for (const field of ['newUri', 'uri']) {
    const match = /\/code\/([A-Z]+[\d.]+)$/.exec(item.optionalString(field) ?? '');
    if (match?.[1]) return match[1];
  }
  return item.fail('code', 'required field is missing');
}

/** The service's ontology terms in order (no repeats), each with its labels. */
function keywordLabels(r: FieldReader): Record<string, LocalizedText> {
  const labels: Record<string, LocalizedText> = {};
  for (const term of r.objects('ontologyTerms')) {
    const uri = term.requiredString('uri');
    // Own property even for odd keys ("__proto__"), so the labels object stays plain data.
    if (!Object.hasOwn(labels, uri)) Object.defineProperty(labels, uri, { value: term.localized('name'), enumerable: true, writable: true, configurable: true });
  }
  return labels;
}

function normalizeOrganization(r: FieldReader): CatalogueOrganization {
  return {
    id: r.requiredString('id').toLowerCase(),
    name: r.localized('organizationNames', ['Name', 'AlternativeName', undefined]),
    organizationType: r.optionalString('organizationType'),
    businessCode: r.optionalString('businessCode'),
    emails: unique(r.objects('emails').map((e) => e.optionalString('value')).filter((v): v is string => !!v)),
    areaType: r.optionalString('areaType'),
    modified: r.optionalString('modified'),
  };
}

function padMunicipality(code: string): string {
  return /^\d{1,2}$/.test(code) ? code.padStart(3, '0') : code;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
