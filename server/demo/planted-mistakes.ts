import { demoOrg } from './demo-organizations';
import type { SeededRandom } from './seeded-random';
import { inMunicipality, newPlan, orgCoverage, type ServicePlan, type ServiceFlag } from './service-plan';
import { tpl } from './service-template';

/**
 * The mistakes the curation team meets in real PTV data, planted on purpose so that every
 * diff category and missing reason shows up in the demo. Keys name services of
 * catalogue-plan.ts; a key that no longer exists fails the generation loudly.
 */

// Services described with a wrong keyword or target group, so they surface where they do not belong.
const wronglyDescribed = [
  tpl('kotipalvelu-ikaihmisille', 'Kotipalvelu ikäihmisille', 'Hemservice för äldre',
    'Kotipalvelu auttaa ikäihmisiä päivittäisissä toimissa, kuten peseytymisessä ja ruokailussa.', 'Hemservicen hjälper äldre med dagliga sysslor som tvätt och måltider.',
    'P4.3 KR1.1 KR1.2 #kotipalvelu #kotipalvelut #kotihoito $paid'),
  tpl('hammasproteesit', 'Hammasproteesit', 'Tandproteser',
    'Proteesihoito aikuisille ja ikäihmisille hammaslääkärin lähetteellä.', 'Protesvård för vuxna och äldre med remiss av tandläkare.',
    'P5.10 KR1.1 #hammashuolto #lastenHammashoito $paid'),
  tpl('ikaihmisten-perhehoito', 'Ikäihmisten perhehoito', 'Familjevård för äldre',
    'Perhehoidossa ikäihminen asuu perhehoitajan kodissa tai saa hoitoa omaan kotiinsa.', 'Inom familjevården bor den äldre i familjevårdarens hem eller får vård i sitt eget hem.',
    'P4.6 P4.2 KR1.1 KR1.2 #lastensuojelunSijaishuolto $paid'),
];

const wrongKeys = [
  'porvoon-kennelyhdistys:kennel-tottelevaisuus',
  'spr-porvoo:spr-senioritanssit',
  'verohallinto:vero-kotitalousvahennys',
  'traficom:traficom-turvaistuimet',
  'porvoo:elainlaakaripaivystys:638',
];

const professionalKeys = ['thl:thl-neuvolatyon-kasikirja', 'thl:thl-lastensuojelun-kasikirja', 'mll-uusimaa:mll-tukioppilaskoulutus'];

// Other regions' services entered as nationwide, which makes them surface in every county.
const wronglyNationwide: Record<string, string> = {
  'helsinki:perheneuvola': 'Nationwide',
  'helsinki:lastenvalvoja': 'Nationwide',
  'keski-uusimaa:perhevalmennus': 'Nationwide',
  'pirkanmaa:perhekeskuksen-kohtaamispaikat': 'NationwideExceptAlandIslands',
  'vantaa:leikkipuistot:092': 'NationwideExceptAlandIslands',
  'tampere:avoin-varhaiskasvatus:837': 'Nationwide',
};

// Services whose description lacks what their article needs: approved, yet they do not surface.
const criteriaGaps: Record<string, Partial<Pick<ServicePlan['template'], 'terms' | 'serviceClasses'>>> = {
  'ita-uusimaa:lapsiperheiden-kotipalvelu:504': { terms: ['perhetyo'] },
  'ita-uusimaa:puheterapia-lapset': { terms: [] },
  'ita-uusimaa:neuvolan-perhetyo:018': { serviceClasses: ['P5.2'] },
};

const forcedMissingSv = ['ita-uusimaa:perhekeskuksen-kohtaamispaikat', 'ita-uusimaa:lapsiperheiden-palveluohjaus', 'loviisa:avoin-varhaiskasvatus:434'];

/** The service that had been approved and was later archived in PTV. */
export const archivedApprovedKey = 'ita-uusimaa:vauvaperhetyo';

/** Adds the wrongly described services and applies every planted mistake to `plans` in place. */
export function plantMistakes(plans: ServicePlan[], rng: SeededRandom): void {
  const county = demoOrg('ita-uusimaa');
  for (const template of wronglyDescribed) {
    plans.push(withFlag(newPlan(`${county.key}:${template.key}`, template, county, template.name, null, orgCoverage(county, rng)), 'wrong'));
  }
  const vet = tpl('elainlaakaripaivystys', 'Eläinlääkäripäivystys', 'Veterinärjour',
    'Kiireellinen eläinlääkäriapu iltaisin, öisin ja viikonloppuisin.', 'Brådskande veterinärhjälp på kvällar, nätter och veckoslut.',
    '@mun P24.5 P5.5 KR1 KR1.2 #elainlaakarit #paivystys $paid');
  plans.push(newPlan('porvoo:elainlaakaripaivystys:638', vet, demoOrg('porvoo'), { fi: 'Eläinlääkäripäivystys, Porvoo', sv: 'Veterinärjour, Borgå' }, '638', inMunicipality('638')));

  const byKey = new Map(plans.map((p) => [p.key, p]));
  const plan = (key: string): ServicePlan => {
    const found = byKey.get(key);
    if (!found) throw new Error(`demo data: planted mistake names an unknown service "${key}"`);
    return found;
  };
  for (const key of wrongKeys) plan(key).flags.add('wrong');
  for (const key of professionalKeys) plan(key).flags.add('professional');
  for (const [key, areaType] of Object.entries(wronglyNationwide)) {
    const p = withFlag(plan(key), 'foreign');
    p.areaType = areaType;
    p.areas = [];
  }
  for (const [key, change] of Object.entries(criteriaGaps)) {
    const p = withFlag(plan(key), 'criteriaGap');
    p.template = { ...p.template, ...change };
  }
  for (const key of forcedMissingSv) dropSwedish(plan(key));
  plan(archivedApprovedKey).publishingStatus = 'Deleted';
  applyRandomStatuses(plans, rng);
}

/** Marks a plan as missing its Swedish texts although its owner is bilingual. */
export function dropSwedish(plan: ServicePlan): void {
  plan.name = { ...plan.name, sv: null };
  plan.flags.add('missingSv');
}

function withFlag(plan: ServicePlan, flag: ServiceFlag): ServicePlan {
  plan.flags.add(flag);
  return plan;
}

// A handful of drafts and archived versions, as a file export of the catalogue would contain.
function applyRandomStatuses(plans: ServicePlan[], rng: SeededRandom): void {
  const candidates = plans.filter((p) => p.flags.size === 0 && p.publishingStatus === 'Published' && p.owner.home);
  const statuses = ['Draft', 'Draft', 'Modified', 'Modified', 'OldPublished', 'Deleted'];
  rng.sample(candidates, statuses.length).forEach((p, i) => {
    p.publishingStatus = statuses[i] as string;
  });
}
