import { buildArticles, type DemoArticle } from './article-catalogue';
import { planCatalogue } from './catalogue-plan';
import { buildDecisions, type DemoDecision } from './demo-decisions';
import { demoOrganizations } from './demo-organizations';
import { DemoSurfacing } from './demo-surfacing';
import { finishPlans } from './finish-plans';
import { buildObserved } from './observed-surfacing';
import { buildOrganization } from './organization-builder';
import { plantMistakes } from './planted-mistakes';
import { forkRandom } from './seeded-random';
import { buildService } from './service-builder';
import type { ServicePlan } from './service-plan';

export type { DemoDecision } from './demo-decisions';

/** The demo county's data in the formats the importers read. */
export interface DemoData {
  /** PTV v11 Organization JSON objects, exactly as PTV serves them. */
  organizations: Record<string, unknown>[];
  /** PTV v11 Service JSON objects, exactly as PTV serves them. Lähellä.fi services carry `sourceId: "lahella:<n>"`. */
  services: Record<string, unknown>[];
  /** The articles file (surfacing.md), without regions: the reference regions apply. */
  articlesFile: { articles: DemoArticle[] };
  /** The approved list, partly filled. */
  decisions: DemoDecision[];
  /** What Omaperhe is "observed" to show in the demo county. */
  observed: { articleId: string; serviceId: string }[];
}

/**
 * Generates the Itä-Uusimaa demo: about 2,500 services in the PTV v11 layout, 320 articles,
 * a partly filled approved list and an observed surfacing, with planted mistakes so that
 * every diff category and missing reason appears. The same seed gives byte-identical JSON.
 */
export function generateDemo(seed = 1): DemoData {
  const plans = planCatalogue(forkRandom(seed, 'catalogue'));
  plantMistakes(plans, forkRandom(seed, 'mistakes'));
  finishPlans(plans, forkRandom(seed, 'finish'));
  const plansById = indexPlans(plans);

  const serviceRandom = forkRandom(seed, 'services');
  const services = plans.map((plan) => buildService(plan, serviceRandom));
  const organizationRandom = forkRandom(seed, 'organizations');
  const organizations = demoOrganizations.map((org) => buildOrganization(org, plans, organizationRandom));

  const articles = buildArticles(new Set(plans.map((p) => p.key)));
  const surfacing = new DemoSurfacing(services, articles);
  return {
    organizations,
    services,
    articlesFile: { articles },
    decisions: buildDecisions(articles, surfacing, plansById, forkRandom(seed, 'decisions')),
    observed: buildObserved(articles, surfacing, forkRandom(seed, 'observed')),
  };
}

// Two keys hashing to one id, or one key planned twice, would silently merge services.
function indexPlans(plans: readonly ServicePlan[]): Map<string, ServicePlan> {
  const byId = new Map<string, ServicePlan>();
  for (const plan of plans) {
    if (byId.has(plan.id)) throw new Error(`demo data: service "${plan.key}" is planned twice or collides with "${byId.get(plan.id)?.key}"`);
    byId.set(plan.id, plan);
  }
  return byId;
}
