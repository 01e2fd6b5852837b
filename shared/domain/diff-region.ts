import { diffArticle } from './diff-article';
import type { SurfacingWorkspace } from './surfacing-workspace';
import type { Absence, ApprovedDecision, ArticleDiff, SurfacingReasons } from './types';

export interface RegionDiffInput {
  regionCode: string;
  /** Articles to diff, in output order. */
  articleIds: readonly string[];
  approved: ReadonlyMap<string, ReadonlyMap<string, ApprovedDecision>>;
  currentHash(serviceId: string): string | null;
  /** Replaces computed surfacing, e.g. with what Omaperhe was observed to show. */
  surfacingOf?(articleId: string): ReadonlyMap<string, SurfacingReasons | null>;
}

/** Why an approved service is absent, when surfacing was observed rather than computed. */
function observedAbsence(workspace: SurfacingWorkspace, regionCode: string, articleId: string, serviceId: string): Absence {
  if (workspace.surfacing(regionCode, articleId).has(serviceId)) return { reason: 'not_observed', detail: [] };
  return workspace.explainAbsence(regionCode, articleId, serviceId);
}

const noDecisions: ReadonlyMap<string, ApprovedDecision> = new Map();

/** Diff of every given article in one region against its approved decisions. */
export function diffRegion(workspace: SurfacingWorkspace, input: RegionDiffInput): ArticleDiff[] {
  return input.articleIds.map((articleId) =>
    diffArticle(
      articleId,
      input.surfacingOf ? input.surfacingOf(articleId) : workspace.surfacing(input.regionCode, articleId),
      input.approved.get(articleId) ?? noDecisions,
      {
        explainAbsence: (serviceId) =>
          input.surfacingOf
            ? observedAbsence(workspace, input.regionCode, articleId, serviceId)
            : workspace.explainAbsence(input.regionCode, articleId, serviceId),
        currentHash: input.currentHash,
      },
    ),
  );
}
