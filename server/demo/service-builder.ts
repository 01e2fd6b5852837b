import type { DemoOrg } from './demo-organizations';
import { fintoItem } from './finto-items';
import { ontologyTerm, ontologyTermItem } from './ontology-terms';
import { stableGuid, type SeededRandom } from './seeded-random';
import type { Producer, ServicePlan } from './service-plan';
import { legislation, serviceDescriptions } from './service-texts';

/**
 * Writes a planned service as a PTV v11 Service object (ptv-api.md §3): every field, in
 * the order PTV serializes them, with nulls where PTV writes nulls.
 */
export function buildService(plan: ServicePlan, rng: SeededRandom): Record<string, unknown> {
  const modified = rng.dateBetween('2024-01-02T06:00:00Z', '2026-10-30T15:00:00Z');
  const isPublic = plan.owner.group === 'county' || plan.owner.group === 'municipality';
  const generalDescriptionId = isPublic && rng.chance(0.35) ? stableGuid(`general-description:${plan.template.key}`) : null;
  // A plain read returns null for the charge type when the general description defines it.
  const serviceChargeType = generalDescriptionId && rng.chance(0.5) ? null : plan.template.charge;
  const lifeEvents = plan.template.lifeEvents.map((code) => fintoItem('lifeEvent', code));
  return {
    id: plan.id,
    sourceId: plan.sourceId,
    generalDescriptionId,
    subType: null,
    type: plan.template.type,
    fundingType: 'PubliclyFunded',
    serviceNames: serviceNames(plan),
    serviceChargeType,
    areaType: plan.areaType,
    areas: plan.areas,
    serviceDescriptions: serviceDescriptions(plan, rng),
    languages: providedLanguages(plan),
    serviceClasses: plan.template.serviceClasses.map((code) => fintoItem('serviceClass', code)),
    ontologyTerms: plan.template.terms.map(ontologyTermItem),
    targetGroups: plan.template.targetGroups.map((code) => fintoItem('targetGroup', code)),
    // PTV writes null for some empty lists and [] for others; importers must take both.
    lifeEvents: lifeEvents.length === 0 && rng.chance(0.3) ? null : lifeEvents,
    industrialClasses: rng.chance(0.2) ? null : [],
    legislation: legislation(plan),
    keywords: freeKeywords(plan, rng),
    requirements: [],
    serviceChannels: rng.chance(0.65) ? [channel(plan, modified)] : null,
    organizations: organizationRoles(plan),
    serviceVouchersInUse: plan.template.voucher,
    serviceVouchers: plan.template.voucher ? vouchers(plan) : [],
    serviceCollections: [],
    publishingStatus: plan.publishingStatus,
    modified,
    responsibleSoteOrganization: null,
  };
}

function serviceNames(plan: ServicePlan): { language: string; value: string; type: string }[] {
  return plan.owner.languages
    .filter((lang) => plan.name[lang] !== null)
    .map((lang) => ({ language: lang, value: plan.name[lang] as string, type: 'Name' }));
}

/** Languages the service is provided in: those it is described in, plus English where national bodies serve in it. */
function providedLanguages(plan: ServicePlan): string[] {
  const languages: string[] = plan.owner.languages.filter((lang) => plan.name[lang] !== null);
  if (plan.template.english) languages.push('en');
  return languages;
}

function primaryName(plan: ServicePlan): string {
  return plan.name.fi ?? plan.name.sv ?? plan.template.name.fi;
}

function channel(plan: ServicePlan, modified: string): Record<string, unknown> {
  return {
    serviceChannel: { id: stableGuid(`channel:${plan.key}`), name: primaryName(plan) },
    serviceChargeType: null,
    description: [],
    extraTypes: [],
    serviceHours: [],
    contactDetails: null,
    digitalAuthorizations: [],
    modified,
  };
}

// Free-text keywords repeat the first ontology label, the way many organisations fill them in.
function freeKeywords(plan: ServicePlan, rng: SeededRandom): { value: string; language: string }[] {
  const first = plan.template.terms[0];
  if (!first || !rng.chance(0.25)) return [];
  const label = ontologyTerm(first).label;
  const clean = (text: string) => text.replace(/\s*\(.*\)$/, '');
  const out = [{ value: clean(label.fi), language: 'fi' }];
  if (label.sv && plan.name.sv !== null) out.push({ value: clean(label.sv), language: 'sv' });
  return out;
}

function orgRef(org: DemoOrg): { id: string; name: string } {
  return { id: org.id, name: org.languages[0] === 'sv' ? org.name.sv : org.name.fi };
}

function organizationRoles(plan: ServicePlan): Record<string, unknown>[] {
  const roles: Record<string, unknown>[] = [{ organization: orgRef(plan.owner), roleType: 'Responsible', provisionType: null, additionalInformation: [] }];
  if (plan.otherResponsible) {
    roles.push({ organization: orgRef(plan.otherResponsible), roleType: 'OtherResponsible', provisionType: null, additionalInformation: [] });
  }
  for (const producer of plan.producers) roles.push(producerRole(plan, producer));
  return roles;
}

function producerRole(plan: ServicePlan, producer: Producer): Record<string, unknown> {
  switch (producer.kind) {
    case 'self':
      return { organization: orgRef(plan.owner), roleType: 'Producer', provisionType: 'SelfProducedServices', additionalInformation: [] };
    case 'procured':
      return { organization: orgRef(producer.org), roleType: 'Producer', provisionType: 'ProcuredServices', additionalInformation: [] };
    case 'freeText':
      // A producer given only as text has no organization (ptv-api.md §3.2).
      return {
        organization: null,
        roleType: 'Producer',
        provisionType: 'Other',
        additionalInformation: [
          { value: producer.text.fi, language: 'fi' },
          { value: producer.text.sv, language: 'sv' },
        ],
      };
  }
}

function vouchers(plan: ServicePlan): Record<string, unknown>[] {
  return [{ value: 'Palveluseteli', language: 'fi', url: plan.owner.web ?? null, additionalInformation: 'Palvelusetelin arvo riippuu perheen tuloista.' }];
}
