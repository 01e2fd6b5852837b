import { diffRegion } from '../../shared/domain/diff-region';
import type { ArticleDiff } from '../../shared/domain/types';
import type { DbHandle } from '../../db/client';
import { findSnapshot } from '../../db/queries/catalogue';
import { loadApprovedDecisions } from '../../db/queries/decisions';
import { hasObserved, loadObserved } from '../../db/queries/observed';
import { UserError } from '../user-error';
import { loadWorkspace, type LoadedCatalogue } from './load-workspace';

export type SurfacingBasis = 'computed' | 'observed';

export interface DiffReport {
  region: string;
  snapshot: string | null;
  against: SurfacingBasis;
  articles: ArticleDiff[];
}

export interface DiffReportOptions {
  region: string;
  snapshotId?: number | null;
  against?: SurfacingBasis;
  articleId?: string;
}

/** Diff of every article of a region against the approved lists (the `diff` command's JSON). */
export function buildDiffReport(handle: DbHandle, options: DiffReportOptions, loaded?: LoadedCatalogue): DiffReport {
  if (options.snapshotId != null && !findSnapshot(handle, options.snapshotId)) throw new UserError(`unknown snapshot ${options.snapshotId}`);
  const catalogue = loaded ?? loadWorkspace(handle, options.snapshotId);
  if (!catalogue.regions.some((r) => r.code === options.region)) {
    throw new UserError(`unknown region "${options.region}" (known: ${catalogue.regions.map((r) => r.code).join(', ')})`);
  }
  const articleIds = catalogue.articles.map((a) => a.id).filter((id) => !options.articleId || id === options.articleId);
  if (options.articleId && articleIds.length === 0) throw new UserError(`unknown article "${options.articleId}"`);
  const against = options.against ?? 'computed';
  if (against === 'observed' && !hasObserved(handle, options.region)) throw new UserError(`no observed surfacing imported for region ${options.region}`);
  const observed = against === 'observed' ? loadObserved(handle, options.region) : null;
  const articles = diffRegion(catalogue.workspace, {
    regionCode: options.region,
    articleIds,
    approved: loadApprovedDecisions(handle, options.articleId ? [options.articleId] : undefined),
    currentHash: (serviceId) => catalogue.services.get(serviceId)?.hash ?? null,
    ...(observed
      ? {
          surfacingOf: (articleId: string) => {
            const computed = catalogue.workspace.surfacing(options.region, articleId);
            return new Map([...(observed.get(articleId) ?? [])].map((id) => [id, computed.get(id) ?? null]));
          },
        }
      : {}),
  });
  return { region: options.region, snapshot: catalogue.snapshotId === null ? null : String(catalogue.snapshotId), against, articles };
}
