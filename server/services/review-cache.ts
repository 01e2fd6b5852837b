import { compareSurfacing } from '../../shared/domain/snapshot-diff';
import type { ArticleDiff, ArticleSurfacing } from '../../shared/domain/types';
import { changeStamp, type DbHandle } from '../../db/client';
import { findSnapshot } from '../../db/queries/catalogue';
import { decisionsStamp, loadReviewActivity, type ReviewActivity } from '../../db/queries/decisions';
import { buildDiffReport } from '../engine/region-diff-report';
import { loadWorkspace, type LoadedCatalogue } from '../engine/load-workspace';
import { UserError } from '../user-error';
import type { CatalogueCache } from './catalogue-cache';

export interface SinceSnapshot {
  began: ReadonlySet<string>;
  stopped: readonly string[];
}

/** One region's review state: every article's diff and the decisions activity, as of `change`. */
export interface RegionReview {
  loaded: LoadedCatalogue;
  diffs: Map<string, ArticleDiff>;
  activity: Map<string, ReviewActivity>;
  change: string;
  decisionsKey: string;
}

/**
 * Region diffs and snapshot comparisons kept between requests, so the article list and the
 * article view are cache reads. A region is recomputed in full only when the catalogue or the
 * articles changed, or decisions changed behind our back (another process); our own writes
 * patch just the articles they touched (afterWrite).
 */
export class ReviewCache {
  private regions = new Map<string, RegionReview>();
  private comparisons = new Map<string, { loaded: LoadedCatalogue; value: Map<string, SinceSnapshot> }>();
  private older: { id: number; loaded: LoadedCatalogue; current: LoadedCatalogue } | null = null;

  constructor(
    private readonly handle: DbHandle,
    private readonly catalogue: CatalogueCache,
  ) {}

  /** Every article's diff in a region and the review activity, current as of now. */
  region(region: string): RegionReview {
    const loaded = this.catalogue.get();
    // Order matters: the change stamp, then the decisions key, then the data. A write landing
    // anywhere after the stamp makes the next read look again, so nothing stale is kept.
    const change = changeStamp(this.handle);
    const cached = this.regions.get(region);
    if (cached && cached.loaded === loaded && cached.change === change) return cached;
    const decisionsKey = decisionsStamp(this.handle);
    if (cached && cached.loaded === loaded && cached.decisionsKey === decisionsKey) return Object.assign(cached, { change });
    this.forgetOlderThan(loaded);
    const report = buildDiffReport(this.handle, { region }, loaded);
    const fresh: RegionReview = {
      loaded,
      diffs: new Map(report.articles.map((a) => [a.articleId, a])),
      activity: loadReviewActivity(this.handle),
      change,
      decisionsKey,
    };
    this.regions.set(region, fresh);
    return fresh;
  }

  /**
   * Call after this process committed a write that was made when the database stood at
   * `before`: regions that were current then are patched for the touched articles and stay
   * current; anything else is left to the full check on the next read.
   */
  afterWrite(before: string, touchedArticles: readonly string[]): void {
    const now = changeStamp(this.handle);
    // Another connection wrote in between (its data_version part moved): trust nothing, recheck on read.
    if (now.split(':')[0] !== before.split(':')[0]) return;
    const decisionsKey = decisionsStamp(this.handle);
    const loaded = this.catalogue.get();
    const known = new Set(loaded.articles.map((a) => a.id));
    touchedArticles = touchedArticles.filter((id) => known.has(id));
    const activity = touchedArticles.length > 0 ? loadReviewActivity(this.handle, touchedArticles) : null;
    for (const [region, entry] of this.regions) {
      if (entry.change !== before || entry.loaded !== loaded) continue;
      for (const articleId of touchedArticles) {
        const diff = buildDiffReport(this.handle, { region, articleId }, loaded).articles[0];
        if (diff) entry.diffs.set(articleId, diff);
        const latest = activity?.get(articleId);
        if (latest) entry.activity.set(articleId, latest);
        else entry.activity.delete(articleId);
      }
      entry.change = now;
      entry.decisionsKey = decisionsKey;
    }
  }

  /** Drops regions and comparisons of an earlier load, so at most one catalogue stays in memory. */
  private forgetOlderThan(loaded: LoadedCatalogue): void {
    for (const [key, entry] of this.regions) if (entry.loaded !== loaded) this.regions.delete(key);
    for (const [key, entry] of this.comparisons) if (entry.loaded !== loaded) this.comparisons.delete(key);
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
    this.comparisons.set(key, { loaded, value });
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
