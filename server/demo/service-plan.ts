import { demoCounty, eastUusimaaSubRegionArea, municipalityArea, municipalityName, regionByName, uusimaaArea, wellbeingCountyArea } from './demo-geography';
import type { DemoOrg } from './demo-organizations';
import type { Place } from './demo-places';
import type { SeededRandom } from './seeded-random';
import { stableGuid } from './seeded-random';
import type { Bilingual, ServiceTemplate } from './service-template';

/**
 * A planned service: which template, owner, place and area, before it is written out as
 * PTV JSON. Flags record what the generator knows and PTV would not say, so decisions
 * and observations can be made to fit; they never reach the output.
 */

export type ServiceFlag =
  /** A wrong keyword, target group or class lets it surface where it does not belong. */
  | 'wrong'
  /** Another region's service whose area was entered as nationwide. */
  | 'foreign'
  /** Meant for professionals (target group KR3), not families. */
  | 'professional'
  /** Bilingual owner, but the Swedish texts are missing. */
  | 'missingSv'
  /** Lacks a keyword or class its article needs. */
  | 'criteriaGap';

export type Producer =
  | { kind: 'self' }
  | { kind: 'procured'; org: DemoOrg }
  | { kind: 'freeText'; text: Bilingual };

export interface ServicePlan {
  key: string;
  id: string;
  template: ServiceTemplate;
  owner: DemoOrg;
  otherResponsible: DemoOrg | null;
  producers: Producer[];
  name: { fi: string | null; sv: string | null };
  /** Municipality the service is offered in, for description sentences. */
  placeCode: string | null;
  areaType: string;
  areas: Record<string, unknown>[];
  sourceId: string | null;
  publishingStatus: string;
  flags: Set<ServiceFlag>;
}

export interface Coverage {
  areaType: string;
  areas: Record<string, unknown>[];
}

/** Coverage of a single municipality. */
export function inMunicipality(code: string): Coverage {
  return { areaType: 'LimitedType', areas: [municipalityArea([code])] };
}

/** An organisation's own area, as PTV shows it on the organisation itself. */
export function orgArea(owner: DemoOrg): Coverage {
  const area = owner.area;
  switch (area.kind) {
    case 'nationwide':
      return { areaType: 'Nationwide', areas: [] };
    case 'nationwideExceptAland':
      return { areaType: 'NationwideExceptAlandIslands', areas: [] };
    case 'county':
      return { areaType: 'LimitedType', areas: [wellbeingCountyArea(regionByName(area.region))] };
    case 'uusimaa':
      return { areaType: 'LimitedType', areas: [uusimaaArea()] };
    case 'eastUusimaaSubRegion':
      // The sub-region leaves Sipoo out, so the association lists it separately.
      return { areaType: 'LimitedType', areas: [eastUusimaaSubRegionArea(), municipalityArea(['753'])] };
    case 'municipalities':
      return { areaType: 'LimitedType', areas: [municipalityArea(area.codes)] };
  }
}

/** The coverage an organisation's own area gives its services (county-wide ones vary in form, as in PTV). */
export function orgCoverage(owner: DemoOrg, rng: SeededRandom): Coverage {
  const area = owner.area;
  if (area.kind === 'county' && !rng.chance(0.7)) {
    const codes = regionByName(area.region).municipalities.map((m) => m.code);
    return { areaType: 'LimitedType', areas: [municipalityArea(codes)] };
  }
  return orgArea(owner);
}

/** "Lastenneuvola, Porvoo" / "Barnrådgivningen, Borgå". */
export function placedName(template: ServiceTemplate, code: string, place: Place | null): Bilingual {
  const where = place ?? municipalityName(code);
  // Day care centres are named after their district ("Päiväkoti Hamari"), clinics by suffix.
  if (template.key === 'paivakoti') return { fi: `${template.name.fi} ${where.fi}`, sv: `${template.name.sv} ${where.sv}` };
  return { fi: `${template.name.fi}, ${where.fi}`, sv: `${template.name.sv}, ${where.sv}` };
}

/** A plan with the defaults: self-produced, published, names in the owner's languages. */
export function newPlan(key: string, template: ServiceTemplate, owner: DemoOrg, name: Bilingual, placeCode: string | null, coverage: Coverage): ServicePlan {
  return {
    key,
    id: stableGuid(`service:${key}`),
    template,
    owner,
    otherResponsible: null,
    producers: [{ kind: 'self' }],
    name: { fi: owner.languages.includes('fi') ? name.fi : null, sv: owner.languages.includes('sv') ? name.sv : null },
    placeCode,
    areaType: coverage.areaType,
    areas: coverage.areas,
    sourceId: null,
    publishingStatus: 'Published',
    flags: new Set(),
  };
}

/** The demo county's municipality codes, in reference-data order. */
export function countyMunicipalities(): string[] {
  return demoCounty().municipalities.map((m) => m.code);
}
