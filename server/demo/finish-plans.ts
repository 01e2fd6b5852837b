import { demoOrg, demoOrganizations } from './demo-organizations';
import { dropSwedish } from './planted-mistakes';
import type { SeededRandom } from './seeded-random';
import type { ServicePlan } from './service-plan';

/**
 * Last touches before the plans are written out: who produces what, the Lähellä.fi
 * marker, and Swedish texts that bilingual organisations did not get round to writing.
 */

/**
 * PTV has no field for "came through Lähellä.fi", so the demo marks such services with
 * `sourceId: "lahella:<n>"` (n = the Lähellä announcement number). The importer reads that
 * prefix (server/import/ptv-normalize.ts); live anonymous reads hide sourceId, see ptv-api.md §7.
 */
export const lahellaSourceIdPrefix = 'lahella:';

// Lähellä.fi announcements are often written in Finnish only, even by bilingual associations.
const missingSvChance = { ptv: 0.06, lahella: 0.35 };

/** Applies producers, Lähellä markers and missing Swedish texts to `plans` in place. */
export function finishPlans(plans: ServicePlan[], rng: SeededRandom): void {
  assignRoles(plans, rng);
  let announcement = 20417;
  for (const plan of plans) {
    if (plan.owner.lahella) {
      plan.sourceId = `${lahellaSourceIdPrefix}${announcement}`;
      announcement += rng.int(1, 40);
    }
    const bilingualFinnishFirst = plan.owner.languages[0] === 'fi' && plan.name.sv !== null;
    if (bilingualFinnishFirst && rng.chance(plan.owner.lahella ? missingSvChance.lahella : missingSvChance.ptv)) dropSwedish(plan);
  }
}

function assignRoles(plans: ServicePlan[], rng: SeededRandom): void {
  const attendo = demoOrg('attendo');
  const mehilainen = demoOrg('mehilainen');
  const municipalityOrg = new Map(demoOrganizations.filter((o) => o.group === 'municipality').map((o) => [o.municipalityCode, o]));
  for (const plan of plans) {
    const key = plan.template.key;
    if (plan.owner.key === 'ita-uusimaa' && key === 'lapsiperheiden-kotipalvelu' && rng.chance(0.4)) {
      plan.producers.push({ kind: 'procured', org: attendo });
    }
    if (plan.owner.key === 'ita-uusimaa' && key === 'ymparivuorokautinen-palveluasuminen') {
      plan.producers.push({ kind: 'procured', org: mehilainen }, { kind: 'procured', org: attendo });
    }
    if (plan.template.voucher) {
      plan.producers.push({ kind: 'freeText', text: { fi: 'Palvelusetelituottajat', sv: 'Servicesedelproducenter' } });
    }
    // Family centres are run jointly by the county and the municipality.
    if (key === 'perhekeskus' && plan.owner.group === 'county' && plan.placeCode) plan.otherResponsible = municipalityOrg.get(plan.placeCode) ?? null;
    if (plan.key === 'porvoo:aamu-ja-iltapaivatoiminta:638') {
      plan.producers.push({ kind: 'procured', org: demoOrg('porvoon-seurakuntayhtyma') });
    }
  }
}
