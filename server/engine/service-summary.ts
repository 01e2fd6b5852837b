import type { CatalogueService, LocalizedText } from '../../shared/domain/catalogue-service';
import type { CatalogueOrganization } from '../../shared/domain/catalogue-service';
import type { LoadedCatalogue } from './load-workspace';

/** What a reviewer reads about a service in a list row. */
export interface ServiceSummary {
  id: string;
  name: LocalizedText;
  summary: LocalizedText;
  source: 'ptv' | 'lahella';
  organizationId: string | null;
  organizationName: LocalizedText;
  organizationType: string | null;
  /** Labels of the service's keywords by URI, so reason chips can show words. */
  keywordLabels: Record<string, LocalizedText>;
}

/** The responsible organisation: PTV's responsibleOrganization, else the first Responsible role. */
export function owningOrganization(service: CatalogueService, organizations: Map<string, CatalogueOrganization>): { id: string | null; name: LocalizedText; type: string | null } {
  const id = service.responsibleOrganizationId ?? service.organizations.find((o) => o.role === 'Responsible')?.id ?? null;
  const known = id ? organizations.get(id) : undefined;
  const fallback = service.organizations.find((o) => o.id === id)?.name;
  return { id, name: known?.name ?? (fallback ? { fi: fallback } : {}), type: known?.organizationType ?? null };
}

/** A service as list rows show it, or null when the current snapshot does not have it. */
export function serviceSummary(loaded: LoadedCatalogue, serviceId: string): ServiceSummary | null {
  const stored = loaded.services.get(serviceId);
  if (!stored) return null;
  const service = stored.service;
  const owner = owningOrganization(service, loaded.organizations);
  return {
    id: service.id,
    name: service.name,
    summary: service.summary,
    source: service.source,
    organizationId: owner.id,
    organizationName: owner.name,
    organizationType: owner.type,
    keywordLabels: service.keywordLabels,
  };
}
