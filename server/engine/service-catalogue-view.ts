import { availabilityIn } from '../../shared/domain/area-availability';
import type { CatalogueService, LocalizedText } from '../../shared/domain/catalogue-service';
import { languageCompleteness } from '../../shared/domain/language-completeness';
import { searchServices, serviceFacets, type ServiceFacet, type ServiceSearchRow } from '../../shared/domain/service-search';
import type { SurfacingReasons } from '../../shared/domain/types';
import type { ServiceSearchInput } from '../../shared/schemas/review-api';
import type { LoadedCatalogue } from './load-workspace';
import { keywordLabels } from './keyword-labels';
import { owningOrganization, serviceSummary, type ServiceSummary } from './service-summary';

const rowsCache = new WeakMap<LoadedCatalogue, Map<string, ServiceSearchRow[]>>();

/** The services available in a region as search rows, built once per loaded catalogue and region. */
export function serviceRows(loaded: LoadedCatalogue, regionCode: string): ServiceSearchRow[] {
  let perRegion = rowsCache.get(loaded);
  if (!perRegion) rowsCache.set(loaded, (perRegion = new Map()));
  const cached = perRegion.get(regionCode);
  if (cached) return cached;
  const region = loaded.regions.find((r) => r.code === regionCode);
  const municipalities = new Set(region?.municipalities ?? []);
  const rows: ServiceSearchRow[] = [];
  for (const { service } of loaded.services.values()) {
    if (!region || service.publishingStatus !== 'Published') continue;
    const availability = availabilityIn(service, region, municipalities);
    if (!availability) continue;
    const owner = owningOrganization(service, loaded.organizations);
    rows.push({
      id: service.id,
      searchText: [...Object.values(service.name), ...Object.values(owner.name), service.id].join(' ').toLowerCase(),
      organizationId: owner.id,
      organizationType: owner.type,
      keywords: service.keywords,
      serviceClasses: service.serviceClasses,
      targetGroups: service.targetGroups,
      area: availability.kind,
      language: languageCompleteness(service.name, service.summary),
    });
  }
  rows.sort((a, b) => a.searchText.localeCompare(b.searchText, 'fi'));
  perRegion.set(regionCode, rows);
  return rows;
}

export interface FacetValue {
  value: string;
  count: number;
  label: LocalizedText | null;
}

const facetLimit = 40;

/** One page of the catalogue view: matching services, the total, and labelled facet counts. */
export function searchCatalogue(loaded: LoadedCatalogue, input: ServiceSearchInput) {
  const result = searchServices(serviceRows(loaded, input.region), input, input.offset, input.limit);
  const labels = keywordLabels(loaded);
  const keywordLabel = (uri: string) => labels.get(uri) ?? null;
  const facets = Object.fromEntries(
    serviceFacets.map((facet) => {
      const selected = new Set<string>(input[facet]);
      const values = [...result.facets[facet]]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .filter(([value], i) => i < facetLimit || selected.has(value))
        .map(([value, count]): FacetValue => ({ value, count, label: facetLabel(loaded, facet, value, keywordLabel) }));
      return [facet, values];
    }),
  ) as Record<ServiceFacet, FacetValue[]>;
  return {
    total: result.total,
    // A list row needs little; the detail view fetches the rest, so a keystroke moves few bytes.
    services: result.rows.map((row) => {
      const summary = serviceSummary(loaded, row.id) as ServiceSummary;
      return { id: row.id, name: summary.name, source: summary.source, organizationId: summary.organizationId, organizationName: summary.organizationName, organizationType: summary.organizationType, area: row.area, language: row.language };
    }),
    facets,
  };
}

function facetLabel(loaded: LoadedCatalogue, facet: ServiceFacet, value: string, keywordLabel: (uri: string) => LocalizedText | null): LocalizedText | null {
  if (facet === 'organizationIds') return loaded.organizations.get(value)?.name ?? null;
  if (facet === 'keywords') return keywordLabel(value);
  return null;
}

/** A service in full, with every article of the region it surfaces in and why. */
export function serviceDetail(loaded: LoadedCatalogue, regionCode: string, serviceId: string): { service: CatalogueService; summary: ServiceSummary; articles: { articleId: string; title: { fi: string; sv: string }; reasons: SurfacingReasons }[] } | null {
  const stored = loaded.services.get(serviceId);
  if (!stored) return null;
  const articles = loaded.articles.flatMap((article) => {
    const reasons = loaded.workspace.surfacing(regionCode, article.id).get(serviceId);
    return reasons ? [{ articleId: article.id, title: article.title, reasons }] : [];
  });
  return { service: stored.service, summary: serviceSummary(loaded, serviceId) as ServiceSummary, articles };
}
