import { diffArticle } from './diff-article';
import type { SurfacingWorkspace } from './surfacing-workspace';
import type { ApprovedDecision, ArticleDiff, SurfacingReasons } from './types';

export interface RegionDiffInput {
  regionCode: string;
  /** Articles to diff, in output order. */
  articleIds: readonly string[];
  approved: ReadonlyMap<string, ReadonlyMap<string, ApprovedDecision>>;
  currentHash(serviceId: string): string | null;
  /** Replaces computed surfacing, e.g. with what Omaperhe was observed to show. */
  surfacingOf?(articleId: string): ReadonlyMap<string, SurfacingReasons | null>;
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
        explainAbsence: (serviceId) => workspace.explainAbsence(input.regionCode, articleId, serviceId),
        currentHash: input.currentHash,
      },
    ),
  );
}
