import type { CatalogueOrganization, CatalogueService } from '../../shared/domain/catalogue-service';
import { toFacts } from '../../shared/domain/catalogue-service';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type { Region } from '../../shared/domain/types';
import type { DbHandle } from '../../db/client';
import { loadArticles, type ArticleRecord } from '../../db/queries/articles';
import { latestSnapshotId, loadOrganizations, loadSnapshotServices } from '../../db/queries/catalogue';
import { loadRegions } from '../../db/queries/regions';

/** Everything the engine needs for one snapshot, loaded from the database. */
export interface LoadedCatalogue {
  snapshotId: number | null;
  workspace: SurfacingWorkspace;
  services: Map<string, { service: CatalogueService; hash: string }>;
  articles: ArticleRecord[];
  regions: Region[];
  organizations: Map<string, CatalogueOrganization>;
}

/** Loads a snapshot (the latest when none is given) with articles and regions into a workspace. */
export function loadWorkspace(handle: DbHandle, snapshotId?: number | null): LoadedCatalogue {
  const id = snapshotId ?? latestSnapshotId(handle);
  const services = new Map((id === null ? [] : loadSnapshotServices(handle, id)).map((s) => [s.service.id, s]));
  const articles = loadArticles(handle);
  const regions = loadRegions(handle.db);
  const workspace = new SurfacingWorkspace(
    [...services.values()].map((s) => toFacts(s.service)),
    regions,
    articles.map((a) => ({ id: a.id, rule: a.rule })),
  );
  return { snapshotId: id, workspace, services, articles, regions, organizations: loadOrganizations(handle) };
}
