import { compareSurfacing } from '../../shared/domain/snapshot-diff';
import type { ArticleDiff, ArticleSurfacing } from '../../shared/domain/types';
import type { DbHandle } from '../../db/client';
import { findSnapshot } from '../../db/queries/catalogue';
import { decisionsStamp } from '../../db/queries/decisions';
import { buildDiffReport } from '../engine/region-diff-report';
import { loadWorkspace, type LoadedCatalogue } from '../engine/load-workspace';
import { UserError } from '../user-error';
import type { CatalogueCache } from './catalogue-cache';

export interface SinceSnapshot {
  began: ReadonlySet<string>;
  stopped: readonly string[];
}

interface Entry<T> {
  key: string;
  loaded: LoadedCatalogue;
  value: T;
}

/**
 * Region diffs and snapshot comparisons kept between requests. A diff is recomputed only
 * when the catalogue, the articles or any decision changed; the list and the article view
 * then read from the same computation, so they always agree.
 */
export class ReviewCache {
  private diffs = new Map<string, Entry<Map<string, ArticleDiff>>>();
  private comparisons = new Map<string, Entry<Map<string, SinceSnapshot>>>();
  private older: { id: number; loaded: LoadedCatalogue; current: LoadedCatalogue } | null = null;

  constructor(
    private readonly handle: DbHandle,
    private readonly catalogue: CatalogueCache,
  ) {}

  /** Every article's diff in a region, by article id. */
  regionDiffs(region: string): { loaded: LoadedCatalogue; diffs: Map<string, ArticleDiff> } {
    const loaded = this.catalogue.get();
    const key = decisionsStamp(this.handle);
    const cached = this.diffs.get(region);
    if (cached && cached.loaded === loaded && cached.key === key) return { loaded, diffs: cached.value };
    const report = buildDiffReport(this.handle, { region }, loaded);
    const diffs = new Map(report.articles.map((a) => [a.articleId, a]));
    this.diffs.set(region, { key, loaded, value: diffs });
    return { loaded, diffs };
  }

  /** Per article, what began and stopped surfacing in a region since an earlier snapshot. */
  since(region: string, snapshotId: number): Map<string, SinceSnapshot> {
    const loaded = this.catalogue.get();
    const key = `${region}:${snapshotId}`;
    const cached = this.comparisons.get(key);
    if (cached && cached.loaded === loaded) return cached.value;
    const before = this.snapshot(snapshotId, loaded);
    const surfacingOf = (catalogue: LoadedCatalogue) =>
      new Map<string, ArticleSurfacing>(loaded.articles.map((a) => [a.id, catalogue.workspace.surfacing(region, a.id)]));
    const changes = compareSurfacing(surfacingOf(before), surfacingOf(loaded));
    const value = new Map(changes.map((c) => [c.articleId, { began: new Set(c.began), stopped: c.stopped }]));
    this.comparisons.set(key, { key, loaded, value });
    return value;
  }

  /**
   * An earlier snapshot's workspace with the current articles and regions; only the last one
   * asked for is kept, and only while the current catalogue (so its articles) is the same.
   */
  private snapshot(id: number, current: LoadedCatalogue): LoadedCatalogue {
    if (this.older?.id === id && this.older.current === current) return this.older.loaded;
    if (!findSnapshot(this.handle, id)) throw new UserError(`unknown snapshot ${id}`);
    const loaded = loadWorkspace(this.handle, id);
    this.older = { id, loaded, current };
    return loaded;
  }
}
