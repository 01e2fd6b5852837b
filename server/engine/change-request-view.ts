import codeLabels from '../../shared/reference-data/ptv-code-labels.json';
import type { CatalogueService, LocalizedText } from '../../shared/domain/catalogue-service';
import { nextStates, type Recipient, type RequestItemKind } from '../../shared/domain/change-request';
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import type { DbHandle } from '../../db/client';
import type { ChangeRequestRecord } from '../../db/queries/change-requests';
import { loadMunicipalityNames } from '../../db/queries/regions';
import type { CatalogueCache } from '../services/catalogue-cache';
import { keywordLabels } from './keyword-labels';
import type { LoadedCatalogue } from './load-workspace';
import { owningOrganization } from './service-summary';

type Names = { name: LocalizedText; ownerName: LocalizedText };

/**
 * Change requests as the UI, the exports and the verification screen show them: service and
 * owner names, article titles and the item in words. One pass over maps, so 5,000 requests
 * cost a handful of queries in total, never one per request.
 */
export function buildRequestViews(handle: DbHandle, catalogue: CatalogueCache, records: readonly ChangeRequestRecord[]): ChangeRequestView[] {
  if (records.length === 0) return [];
  const loaded = catalogue.get();
  const titles = new Map(loaded.articles.map((a) => [a.id, a.title]));
  const services = serviceNames(handle, loaded, records);
  const itemLabel = itemLabeller(handle, loaded);
  const recipientLabel = recipientLabeller(loaded);
  return records.map((r): ChangeRequestView => {
    const names = r.serviceId === null ? undefined : services.get(r.serviceId);
    return {
      id: r.id,
      code: r.code,
      regionCode: r.regionCode,
      type: r.type,
      state: r.state,
      nextStates: [...nextStates(r.state)],
      recipient: r.recipient,
      recipientLabel: recipientLabel(r.recipient),
      serviceId: r.serviceId,
      serviceName: names?.name ?? null,
      serviceOwnerName: names?.ownerName ?? null,
      itemKind: r.itemKind,
      itemValue: r.itemValue,
      itemLabel: r.itemKind === null || r.itemValue === null ? null : itemLabel(r.itemKind, r.itemValue),
      reason: r.reason,
      details: r.details,
      // An article deleted since keeps its id so the request still says what it was about.
      articles: r.articleIds.map((id) => ({ id, title: titles.get(id) ?? {} })),
      verification: r.verification,
      verifiedSnapshotId: r.verifiedSnapshotId,
      sentAt: r.sentAt,
      lastExportId: r.lastExportId,
      sourceFlagId: r.sourceFlagId,
      sourceDescriptionRequestId: r.sourceDescriptionRequestId,
      sourceProposalId: r.sourceProposalId,
      version: r.version,
      createdBy: r.createdBy,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  });
}

/**
 * A recipient's name in every language the catalogue has it: an organisation as PTV names it,
 * the county as the region is named; the stored name (as it was when the request was made)
 * when neither is known any more.
 */
export function recipientLabeller(loaded: LoadedCatalogue): (recipient: Recipient) => LocalizedText {
  return (recipient) => {
    if (recipient.kind === 'organization' && recipient.organizationId !== null) {
      const name = loaded.organizations.get(recipient.organizationId)?.name;
      if (name && (name.fi || name.sv)) return name;
    }
    if (recipient.kind === 'county') {
      const region = loaded.regions.find((r) => r.name.fi === recipient.name);
      if (region) return region.name;
    }
    return { fi: recipient.name };
  };
}

/**
 * Names of the requests' services from the current snapshot; a service gone from it (often
 * exactly what a request asked for) is named from its last stored version, in one query.
 */
function serviceNames(handle: DbHandle, loaded: LoadedCatalogue, records: readonly ChangeRequestRecord[]): Map<string, Names> {
  const out = new Map<string, Names>();
  const gone = new Set<string>();
  const describe = (service: CatalogueService) => ({ name: service.name, ownerName: owningOrganization(service, loaded.organizations).name });
  for (const r of records) {
    if (r.serviceId === null || out.has(r.serviceId) || gone.has(r.serviceId)) continue;
    const stored = loaded.services.get(r.serviceId);
    if (stored) out.set(r.serviceId, describe(stored.service));
    else gone.add(r.serviceId);
  }
  if (gone.size > 0) {
    const rows = handle.sqlite
      .prepare(
        `SELECT service_id AS id, body FROM service_versions WHERE rowid IN (
           SELECT max(rowid) FROM service_versions WHERE service_id IN (SELECT value FROM json_each(?)) GROUP BY service_id)`,
      )
      .all(JSON.stringify([...gone])) as { id: string; body: string }[];
    for (const row of rows) out.set(row.id, describe(JSON.parse(row.body) as CatalogueService));
  }
  return out;
}

const codeLabelGroups = codeLabels as Record<'serviceClasses' | 'targetGroups' | 'lifeEvents', Record<string, LocalizedText>>;

/** The item in words: keywords from the catalogue's ontology labels, codes from PTV's code lists, areas by place name. */
function itemLabeller(handle: DbHandle, loaded: LoadedCatalogue): (kind: RequestItemKind, value: string) => LocalizedText | null {
  const keywords = keywordLabels(loaded);
  let municipalities: Record<string, { fi: string; sv: string }> | null = null;
  return (kind, value) => {
    if (kind === 'keywords') return keywords.get(value) ?? null;
    if (kind !== 'area') return codeLabelGroups[kind][value] ?? null;
    // Areas are "Type:code" as surfacing reasons name them ("Municipality:616", "WellbeingServiceCounties:…").
    const [type, code = ''] = value.split(':');
    if (type === 'WellbeingServiceCounties') return loaded.regions.find((r) => r.code === code)?.name ?? null;
    if (type === 'Municipality') {
      municipalities ??= loadMunicipalityNames(handle.db);
      return municipalities[code] ?? null;
    }
    return null;
  };
}
