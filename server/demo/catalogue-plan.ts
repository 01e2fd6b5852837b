import { clinicsOf, dayCareCentresOf, type Place } from './demo-places';
import { demoOrg, demoOrganizations, type DemoOrg } from './demo-organizations';
import type { SeededRandom } from './seeded-random';
import { countyMunicipalities, inMunicipality, newPlan, orgCoverage, placedName, type ServicePlan } from './service-plan';
import type { ServiceTemplate } from './service-template';
import { countyFamilyTemplates } from './templates-county-family';
import { countyGeneralTemplates } from './templates-county-general';
import { municipalFamilyTemplates } from './templates-municipal-family';
import { municipalGeneralTemplates } from './templates-municipal-general';
import { nationalTemplates } from './templates-national';
import { ngoTemplates } from './templates-ngo';
import { folkhalsanTemplates, mllBranchTemplates, parishTemplates, parishUnionTemplates } from './templates-third-sector';

/**
 * Which organisation publishes which templates where: the whole demo catalogue before
 * planted mistakes. The order of calls fixes the output order and the random stream.
 */
export function planCatalogue(rng: SeededRandom): ServicePlan[] {
  const plans: ServicePlan[] = [];
  const countyTemplates = [...countyFamilyTemplates, ...countyGeneralTemplates];
  const municipalTemplates = [...municipalFamilyTemplates, ...municipalGeneralTemplates];

  plans.push(...planRegional(demoOrg('ita-uusimaa'), countyMunicipalities(), countyTemplates, rng));
  // Other regions publish the same kinds of services, limited to their own areas.
  plans.push(...planRegional(demoOrg('keski-uusimaa'), ['611', '186', '106'], countyTemplates, rng));
  plans.push(...planRegional(demoOrg('pirkanmaa'), ['837'], countyTemplates, rng));
  plans.push(...planRegional(demoOrg('vantaa-kerava'), ['092', '245'], countyTemplates, rng));
  plans.push(...planRegional(demoOrg('kymenlaakso'), ['285'], countyTemplates, rng));
  plans.push(...planRegional(demoOrg('paijat-hame'), ['398'], countyTemplates, rng));
  // Helsinki organises social and health care itself, so it publishes the county kinds too.
  plans.push(...planRegional(demoOrg('helsinki'), ['091'], countyTemplates, rng));

  for (const org of demoOrganizations.filter((o) => o.group === 'municipality')) {
    plans.push(...planRegional(org, [org.municipalityCode as string], municipalTemplates, rng));
  }
  for (const org of demoOrganizations.filter((o) => o.key.startsWith('mll-') && o.municipalityCode)) {
    plans.push(...planRegional(org, [org.municipalityCode as string], mllBranchTemplates, rng));
  }
  for (const org of demoOrganizations.filter((o) => o.key.startsWith('folkhalsan-'))) {
    plans.push(...planRegional(org, [org.municipalityCode as string], folkhalsanTemplates, rng));
  }
  for (const org of demoOrganizations.filter((o) => o.group === 'parish')) {
    if (org.key === 'porvoon-seurakuntayhtyma') plans.push(...planOrgWide(org, parishUnionTemplates, rng));
    else plans.push(...planParish(org, rng));
  }
  for (const [key, templates] of Object.entries(ngoTemplates)) plans.push(...planOrgWide(demoOrg(key), templates, rng));
  for (const [key, templates] of Object.entries(nationalTemplates)) plans.push(...planOrgWide(demoOrg(key), templates, rng));
  return plans;
}

/** Templates of a regional or municipal organisation: per municipality, per unit, or once for its area. */
function planRegional(owner: DemoOrg, municipalities: readonly string[], templates: readonly ServiceTemplate[], rng: SeededRandom): ServicePlan[] {
  const plans: ServicePlan[] = [];
  for (const template of templates) {
    if (template.scope === 'county') {
      plans.push(newPlan(`${owner.key}:${template.key}`, template, owner, template.name, null, orgCoverage(owner, rng)));
      continue;
    }
    for (const code of municipalities) {
      if (template.scope === 'municipality') {
        plans.push(newPlan(`${owner.key}:${template.key}:${code}`, template, owner, placedName(template, code, null), code, inMunicipality(code)));
        continue;
      }
      for (const unit of unitsOf(template, code)) {
        const key = unit ? `${owner.key}:${template.key}:${code}:${slug(unit.fi)}` : `${owner.key}:${template.key}:${code}`;
        plans.push(newPlan(key, template, owner, placedName(template, code, unit), code, inMunicipality(code)));
      }
    }
  }
  return plans;
}

// Clinics exist in every municipality; day care centres only where districts are listed.
function unitsOf(template: ServiceTemplate, code: string): readonly (Place | null)[] {
  return template.key === 'paivakoti' ? dayCareCentresOf(code) : clinicsOf(code);
}

/** Templates published once, available wherever the organisation is. */
function planOrgWide(owner: DemoOrg, templates: readonly ServiceTemplate[], rng: SeededRandom): ServicePlan[] {
  return templates.map((template) => newPlan(`${owner.key}:${template.key}`, template, owner, template.name, null, orgCoverage(owner, rng)));
}

/** A parish's family work, named after the parish ("Perhekerho, Askolan seurakunta"). */
function planParish(owner: DemoOrg, rng: SeededRandom): ServicePlan[] {
  const code = owner.area.kind === 'municipalities' ? (owner.area.codes[0] as string) : null;
  return parishTemplates
    .filter(() => rng.chance(0.85))
    .map((template) => {
      const name = { fi: `${template.name.fi}, ${owner.name.fi}`, sv: `${template.name.sv}, ${owner.name.sv}` };
      return newPlan(`${owner.key}:${template.key}`, template, owner, name, code, orgCoverage(owner, rng));
    });
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
