import type { DemoArticle } from './article-catalogue';
import type { DemoSurfacing } from './demo-surfacing';
import { archivedApprovedKey } from './planted-mistakes';
import { stableGuid, type SeededRandom } from './seeded-random';
import type { ServicePlan } from './service-plan';

/** An approved decision as the demo hands it to the decisions importer. */
export interface DemoDecision {
  articleId: string;
  serviceId: string;
  decision: 'include' | 'exclude';
  note?: string;
  decidedBy?: string;
}

const reviewers = ['Anna Lindholm', 'Mikko Heinonen', 'Kaisa Nyström'];

const includeNotes: Record<ServicePlan['owner']['group'], string> = {
  county: 'Alueen oma palvelu, sopii artikkeliin.',
  municipality: 'Kunnan palvelu, sopii artikkeliin.',
  ngo: 'Järjestön palvelu, tarkistettu aihetyöpajassa.',
  parish: 'Seurakunnan palvelu, sopii artikkeliin.',
  national: 'Valtakunnallinen palvelu, hyödyllinen perheille.',
  company: 'Sopii artikkeliin.',
};

const excludeNotes: Record<string, string> = {
  wrong: 'Väärä asiasana tai kohderyhmä palvelukuvauksessa – korjauspyyntö lähetetty organisaatiolle.',
  foreign: 'Toisen alueen palvelu, alueeksi merkitty virheellisesti koko maa.',
  professional: 'Ammattilaisille tarkoitettu aineisto, ei perheille.',
};

/** Pairs the curation team decided on although the service does not surface now (missing and cleared items). */
const plantedDecisions: readonly (readonly [articleId: string, serviceKey: string, decision: 'include' | 'exclude', note: string])[] = [
  ['kotipalvelu-lapsiperheille', 'ita-uusimaa:lapsiperheiden-kotipalvelu:504', 'include', 'Myrskylän kotipalvelu kuuluu tähän, mutta kuvauksesta puuttuu asiasana kotipalvelu.'],
  ['puheen-kehitys', 'ita-uusimaa:puheterapia-lapset', 'include', 'Oma puheterapia puuttuu listalta: kuvaukseen lisättävä asiasana puheterapia.'],
  ['perhetyo', 'ita-uusimaa:lastensuojelun-perhetyo', 'include', 'Kuuluu artikkeliin, vaikka artikkelin rajaus sulkee lastensuojelun asiasanan pois.'],
  ['perhetyo', 'ita-uusimaa:neuvolan-perhetyo:018', 'include', 'Askolan neuvolan perhetyöltä puuttuu palveluluokka P3.6.'],
  ['vauvaperheen-tuki', archivedApprovedKey, 'include', 'Hyväksytty keväällä; kuvaus arkistoitiin myöhemmin.'],
  ['perhekahvilat', 'mll-pornainen:mll-perhekahvila:611', 'include', 'Pornaisten perhekahvilassa käy myös Askolan perheitä.'],
  ['perhekahvilat', 'mll-pukkila:mll-perhekahvila:616', 'include', 'Pukkilan ainoa perhekahvila.'],
  ['perhekahvilat', 'ita-uusimaa:perhekahvila-kerkkoo', 'include', 'Kerkkoon perhekahvila (kuvaus poistettu PTV:stä).'],
  ['vauvan-kasvu', 'keski-uusimaa:lastenneuvola:611', 'include', 'Pornaisten neuvola – tarkista alue.'],
  ['perheneuvola', 'pirkanmaa:perheneuvola', 'exclude', 'Toisen alueen palvelu; alue on nyt korjattu.'],
  ['kasvatus-ja-rajat', 'porvoon-kennelyhdistys:kennel-tottelevaisuus', 'exclude', 'Koirakurssi, ei kasvatusneuvontaa. DigiFinland on estänyt palvelun.'],
];

// Articles whose planted decisions must be part of the reviewed set.
const plantedArticles = new Set(plantedDecisions.map(([articleId]) => articleId));

/**
 * A partly filled approved list: about 40% of the articles reviewed, surfacing services
 * included when they fit and excluded when they carry a planted mistake, plus the
 * planted missing and cleared decisions.
 */
export function buildDecisions(articles: readonly DemoArticle[], surfacing: DemoSurfacing, plansById: ReadonlyMap<string, ServicePlan>, rng: SeededRandom): DemoDecision[] {
  const others = articles.filter((a) => !plantedArticles.has(a.id)).map((a) => a.id);
  const reviewed = new Set([...plantedArticles, ...rng.sample(others, Math.round(articles.length * 0.4) - plantedArticles.size)]);
  const decisions: DemoDecision[] = [];
  for (const article of articles) {
    if (!reviewed.has(article.id)) continue;
    const decidedBy = rng.pick(reviewers);
    for (const [serviceId] of surfacing.surfacing(article.id)) {
      const plan = plansById.get(serviceId);
      const reason = (['wrong', 'foreign', 'professional'] as const).find((flag) => plan?.flags.has(flag));
      if (reason) decisions.push({ articleId: article.id, serviceId, decision: 'exclude', note: excludeNotes[reason], decidedBy });
      // Some services arrived after the review and are still waiting for a decision.
      else if (rng.chance(0.88)) {
        const note = plan && rng.chance(0.3) ? { note: includeNotes[plan.owner.group] } : {};
        decisions.push({ articleId: article.id, serviceId, decision: 'include', ...note, decidedBy });
      }
    }
    decisions.push(...clearedDecision(article, surfacing, plansById, rng, decidedBy));
  }
  for (const [articleId, key, decision, note] of plantedDecisions) {
    decisions.push({ articleId, serviceId: stableGuid(`service:${key}`), decision, note, decidedBy: reviewers[0] as string });
  }
  // One decision per pair; a planted decision replaces a generic one for the same pair.
  return [...new Map(decisions.map((d) => [`${d.articleId}|${d.serviceId}`, d])).values()];
}

// Now and then a service the team once excluded has stopped surfacing: the owner fixed its area.
function clearedDecision(article: DemoArticle, surfacing: DemoSurfacing, plansById: ReadonlyMap<string, ServicePlan>, rng: SeededRandom, decidedBy: string): DemoDecision[] {
  if (!rng.chance(0.15)) return [];
  const wanted = new Set([...article.rule.serviceClasses, ...article.rule.keywords]);
  const candidates = [...plansById.values()].filter(
    (plan) =>
      !plan.owner.home &&
      plan.areaType === 'LimitedType' &&
      plan.template.serviceClasses.some((code) => wanted.has(code)) &&
      !surfacing.surfaces(article.id, plan.id),
  );
  if (candidates.length === 0) return [];
  const plan = rng.pick(candidates);
  return [{ articleId: article.id, serviceId: plan.id, decision: 'exclude', note: 'Ei enää nouse artikkeliin – organisaatio korjasi palvelun alueen.', decidedBy }];
}
