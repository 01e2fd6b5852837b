import { municipalityName } from './demo-geography';
import { demoOrganizations, type DemoOrg } from './demo-organizations';
import type { SeededRandom } from './seeded-random';
import { orgArea, type ServicePlan } from './service-plan';

/**
 * Writes a demo organisation as a PTV Organization object (ptv-api.md §6), with the
 * reverse list of its services and roles that PTV serves under `services`.
 */
export function buildOrganization(org: DemoOrg, plans: readonly ServicePlan[], rng: SeededRandom): Record<string, unknown> {
  const parent = org.parentKey ? demoOrganizations.find((o) => o.key === org.parentKey) ?? null : null;
  const children = demoOrganizations.filter((o) => o.parentKey === org.key);
  const names = org.languages.map((lang) => ({ language: lang, value: org.name[lang], type: 'Name' }));
  if (org.alternativeName) names.push({ language: 'fi', value: org.alternativeName, type: 'AlternativeName' });
  const { areaType, areas } = orgArea(org);
  return {
    id: org.id,
    sourceId: null,
    oid: null,
    parentOrganizationId: parent?.id ?? null,
    organizationRootId: rootOf(org).id,
    municipality: org.organizationType === 'Municipality' && org.municipalityCode ? municipalityField(org.municipalityCode) : null,
    organizationType: org.organizationType,
    businessCode: org.businessCode,
    businessName: null,
    organizationNames: names,
    displayNameType: org.languages.map((lang) => ({ type: 'Name', language: lang })),
    areaType,
    areas,
    organizationDescriptions: descriptions(org),
    // A contact address for change requests; reserved .example domains, never a real inbox.
    emails: [{ value: `ptv@${org.key}.example`, language: org.languages[0] }],
    phoneNumbers: [],
    webPages: org.web ? [{ url: org.web, value: org.name.fi, language: 'fi' }] : [],
    addresses: [],
    electronicInvoicings: [],
    publishingStatus: 'Published',
    services: serviceRoles(org, plans),
    modified: rng.dateBetween('2024-01-02T06:00:00Z', '2026-10-30T15:00:00Z'),
    subOrganizations: children.map((child) => ({ id: child.id, name: child.name.fi })),
  };
}

function rootOf(org: DemoOrg): DemoOrg {
  let current = org;
  for (;;) {
    const parent = current.parentKey ? demoOrganizations.find((o) => o.key === current.parentKey) : undefined;
    if (!parent) return current;
    current = parent;
  }
}

function municipalityField(code: string): Record<string, unknown> {
  const name = municipalityName(code);
  return { code, name: [{ value: name.fi, language: 'fi' }, { value: name.sv, language: 'sv' }] };
}

const descriptionsByGroup: Record<DemoOrg['group'], { fi: string; sv: string }> = {
  county: { fi: 'Hyvinvointialue järjestää sosiaali-, terveys- ja pelastuspalvelut alueensa asukkaille.', sv: 'Välfärdsområdet ordnar social-, hälsovårds- och räddningstjänster för invånarna i området.' },
  municipality: { fi: 'Kunta järjestää varhaiskasvatuksen, opetuksen, kulttuuri- ja vapaa-ajan palvelut sekä tekniset palvelut.', sv: 'Kommunen ordnar småbarnspedagogik, undervisning, kultur- och fritidstjänster samt tekniska tjänster.' },
  ngo: { fi: 'Yhdistys tarjoaa vertaistukea, harrastustoimintaa ja apua arkeen.', sv: 'Föreningen erbjuder kamratstöd, hobbyverksamhet och hjälp i vardagen.' },
  parish: { fi: 'Seurakunta tarjoaa perhetoimintaa, diakoniaa ja kirkollisia toimituksia.', sv: 'Församlingen erbjuder familjeverksamhet, diakoni och kyrkliga förrättningar.' },
  national: { fi: 'Valtakunnallinen viranomainen.', sv: 'Riksomfattande myndighet.' },
  company: { fi: 'Sosiaali- ja terveyspalveluja tuottava yritys.', sv: 'Ett företag som producerar social- och hälsovårdstjänster.' },
};

function descriptions(org: DemoOrg): { language: string; value: string; type: string }[] {
  const text = descriptionsByGroup[org.group];
  return org.languages.flatMap((lang) => [
    { language: lang, value: text[lang], type: 'Description' },
    { language: lang, value: text[lang], type: 'Summary' },
  ]);
}

function serviceRoles(org: DemoOrg, plans: readonly ServicePlan[]): Record<string, unknown>[] {
  const roles: Record<string, unknown>[] = [];
  for (const plan of plans) {
    if (!involves(plan, org)) continue;
    const name = plan.name.fi ?? plan.name.sv;
    const ref = { id: plan.id, name };
    if (plan.owner.key === org.key) roles.push({ service: ref, roleType: 'Responsible', provisionType: null, additionalInformation: [] });
    if (plan.otherResponsible?.key === org.key) roles.push({ service: ref, roleType: 'OtherResponsible', provisionType: null, additionalInformation: [] });
    for (const producer of plan.producers) {
      if (producer.kind === 'self' && plan.owner.key === org.key) roles.push({ service: ref, roleType: 'Producer', provisionType: 'SelfProducedServices', additionalInformation: [] });
      if (producer.kind === 'procured' && producer.org.key === org.key) roles.push({ service: ref, roleType: 'Producer', provisionType: 'ProcuredServices', additionalInformation: [] });
    }
  }
  return roles;
}

function involves(plan: ServicePlan, org: DemoOrg): boolean {
  return plan.owner === org || plan.otherResponsible === org || plan.producers.some((p) => p.kind === 'procured' && p.org === org);
}
