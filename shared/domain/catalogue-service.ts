import type { ServiceFacts } from './types';

/** Text in the content languages the workbench shows; a missing language is absent. */
export type LocalizedText = Partial<Record<'fi' | 'sv' | 'en', string>>;

export interface ServiceOrganization {
  id: string;
  name: string | null;
  /** PTV roleType: Responsible, OtherResponsible or Producer. */
  role: string;
}

/** A catalogue service normalised from PTV: the surfacing facts plus what people read. */
export interface CatalogueService extends ServiceFacts {
  /** `lahella` when the service came to PTV through Lähellä.fi. */
  source: 'ptv' | 'lahella';
  type: string | null;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  organizations: ServiceOrganization[];
  responsibleOrganizationId: string | null;
  /** Labels of the service's ontology terms, by URI. */
  keywordLabels: Record<string, LocalizedText>;
  languages: string[];
  generalDescriptionId: string | null;
  modified: string | null;
  /** Which PTV API shape the record was read in (v6 … v11); known while importing only. */
  shape?: string;
}

/** A service organisation (owner or producer) normalised from PTV. */
export interface CatalogueOrganization {
  id: string;
  name: LocalizedText;
  organizationType: string | null;
  businessCode: string | null;
  emails: string[];
  areaType: string | null;
  modified: string | null;
}

/** Only the facts surfacing depends on, e.g. to hand a service to the engine. */
export function toFacts(service: ServiceFacts): ServiceFacts {
  return {
    id: service.id,
    publishingStatus: service.publishingStatus,
    areaType: service.areaType,
    areas: service.areas,
    keywords: service.keywords,
    serviceClasses: service.serviceClasses,
    targetGroups: service.targetGroups,
    lifeEvents: service.lifeEvents,
  };
}
