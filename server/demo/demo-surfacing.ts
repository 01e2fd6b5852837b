import { normalizeRule } from '../../shared/domain/article-rule';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type { AreaEntry, Region, ServiceFacts, SurfacingReasons } from '../../shared/domain/types';
import type { DemoArticle } from './article-catalogue';
import { demoCounty } from './demo-geography';

/**
 * Runs the real surfacing engine over the generated data, so that the approved list and
 * the observed surfacing can be made to agree (or disagree) with the model on purpose.
 * The PTV → facts reduction here is deliberately simple; the importer has the full one.
 */

type Json = Record<string, unknown>;

const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** The surfacing facts of a generated PTV Service object. */
export function toServiceFacts(service: Json): ServiceFacts {
  const codes = (field: string) => list(service[field]).map((item) => String(item['code']));
  return {
    id: String(service['id']).toLowerCase(),
    publishingStatus: (service['publishingStatus'] as string | null) ?? null,
    areaType: (service['areaType'] as string | null) ?? null,
    areas: list(service['areas']).map(
      (area): AreaEntry => ({
        type: String(area['type']),
        code: (area['code'] as string | null) ?? null,
        municipalities: list(area['municipalities']).map((m) => String(m['code'])),
      }),
    ),
    keywords: list(service['ontologyTerms']).map((term) => String(term['uri'])),
    serviceClasses: codes('serviceClasses'),
    targetGroups: codes('targetGroups'),
    lifeEvents: codes('lifeEvents'),
  };
}

/** The demo county as the engine sees it. */
export function demoRegion(): Region {
  const county = demoCounty();
  return { code: county.code, name: county.name, municipalities: county.municipalities.map((m) => m.code) };
}

/** Surfacing of every demo article in the demo county. */
export class DemoSurfacing {
  readonly region: Region = demoRegion();
  private readonly workspace: SurfacingWorkspace;

  constructor(services: readonly Json[], articles: readonly DemoArticle[]) {
    this.workspace = new SurfacingWorkspace(
      services.map(toServiceFacts),
      [this.region],
      articles.map((a) => ({ id: a.id, rule: normalizeRule(a.rule) })),
    );
  }

  /** Services that surface in an article, sorted by id so that output order is stable. */
  surfacing(articleId: string): [string, SurfacingReasons][] {
    return [...this.workspace.surfacing(this.region.code, articleId)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  surfaces(articleId: string, serviceId: string): boolean {
    return this.workspace.surfacing(this.region.code, articleId).has(serviceId);
  }
}
