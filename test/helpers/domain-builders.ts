/**
 * Small builders for domain tests: plain ServiceFacts, Regions and ArticleRules with
 * defaults, and helpers that run one case through both the indexed engine
 * (SurfacingWorkspace) and the single-pair definition (evaluatePair).
 */
import { normalizeRule } from '../../shared/domain/article-rule';
import { compileRule } from '../../shared/domain/compiled-rule';
import { diffArticle } from '../../shared/domain/diff-article';
import { evaluatePair, type PairOutcome } from '../../shared/domain/evaluate-pair';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type {
  AreaEntry,
  ApprovedDecision,
  ArticleDiff,
  ArticleRule,
  DecisionValue,
  Region,
  ServiceFacts,
  SurfacingReasons,
} from '../../shared/domain/types';

/** Deterministic lowercase guid from a short label: id('a') → "00000000-0000-4000-8000-0000000000a". */
export function id(label: string): string {
  return `00000000-0000-4000-8000-${label.padStart(12, '0')}`;
}

/** A published, nationwide service with no terms unless given. */
export function service(fields: Partial<ServiceFacts> & { id: string }): ServiceFacts {
  return {
    publishingStatus: 'Published',
    areaType: 'Nationwide',
    areas: [],
    keywords: [],
    serviceClasses: [],
    targetGroups: [],
    lifeEvents: [],
    ...fields,
  };
}

export function region(code: string, municipalities: string[], extra: Partial<Region> = {}): Region {
  return { code, name: { fi: `Alue ${code}`, sv: `Område ${code}` }, municipalities, ...extra };
}

export function area(type: string, code: string | null, municipalities: string[] = []): AreaEntry {
  return { type, code, municipalities };
}

/** A LimitedType service (published) with the given areas. */
export function limited(serviceId: string, areas: AreaEntry[], fields: Partial<ServiceFacts> = {}): ServiceFacts {
  return service({ id: serviceId, areaType: 'LimitedType', areas, ...fields });
}

export function rule(fields: Partial<ArticleRule> = {}): ArticleRule {
  return normalizeRule(fields);
}

export const kw = (n: number | string): string => `http://www.yso.fi/onto/koko/p${n}`;

/** Reasons with empty groups, not pinned, national via Nationwide unless overridden. */
export function reasons(fields: Partial<SurfacingReasons> = {}): SurfacingReasons {
  return {
    keywords: [],
    serviceClasses: [],
    targetGroups: [],
    lifeEvents: [],
    area: 'national',
    areaVia: 'Nationwide',
    pinned: false,
    ...fields,
  };
}

export const ARTICLE = 'artikkeli';

/** Runs one article in one region through a fresh SurfacingWorkspace. */
export function engineSurfacing(services: ServiceFacts[], r: Region, articleRule: ArticleRule): ReadonlyMap<string, SurfacingReasons> {
  return new SurfacingWorkspace(services, [r], [{ id: ARTICLE, rule: articleRule }]).surfacing(r.code, ARTICLE);
}

/** The outcome for one pair from both engines: the workspace's reasons (or null) and evaluatePair's outcome. */
export function bothEngines(
  subject: ServiceFacts,
  articleRule: ArticleRule,
  r: Region,
): { engine: SurfacingReasons | null; pair: PairOutcome } {
  const engine = engineSurfacing([subject], r, articleRule).get(subject.id) ?? null;
  return { engine, pair: evaluatePair(subject, compileRule(articleRule), r) };
}

/** Reasons from a PairOutcome, or null when it does not surface. */
export function pairReasons(outcome: PairOutcome): SurfacingReasons | null {
  return outcome.surfaces ? outcome.reasons : null;
}

export function approvals(entries: [string, DecisionValue, string?][]): Map<string, ApprovedDecision> {
  return new Map(entries.map(([serviceId, decision, hash]) => [serviceId, { decision, serviceHashAtApproval: hash ?? null }]));
}

/** Diff of one article in one region, with the workspace as surfacing and absence explainer. */
export function diffVia(
  workspace: SurfacingWorkspace,
  regionCode: string,
  articleId: string,
  approved: Map<string, ApprovedDecision>,
  hashes: Record<string, string> = {},
): ArticleDiff {
  return diffArticle(articleId, workspace.surfacing(regionCode, articleId), approved, {
    explainAbsence: (serviceId) => workspace.explainAbsence(regionCode, articleId, serviceId),
    currentHash: (serviceId) => hashes[serviceId] ?? null,
  });
}

/** Every region × article surfacing of a workspace, as plain sorted data for equality checks. */
export function allSurfacing(workspace: SurfacingWorkspace): Record<string, [string, SurfacingReasons][]> {
  const out: Record<string, [string, SurfacingReasons][]> = {};
  for (const code of [...workspace.regionCodes()].sort()) {
    for (const articleId of [...workspace.articleIds()].sort()) {
      const entries = [...workspace.surfacing(code, articleId)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      out[`${code}/${articleId}`] = entries;
    }
  }
  return out;
}
