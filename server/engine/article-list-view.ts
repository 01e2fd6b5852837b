import { reviewStatus, type ReviewStatus } from '../../shared/domain/review-status';
import type { DiffCounts } from '../../shared/domain/types';
import type { RegionReview, ReviewCache } from '../services/review-cache';

export interface ArticleListRow {
  id: string;
  title: { fi: string; sv: string };
  topic: string;
  url: string | null;
  status: ReviewStatus;
  counts: DiffCounts;
  /** Surfacing services by where they are available: the county's own area or the whole country. */
  surfacing: { regional: number; national: number };
  decisions: number;
  lastReviewedBy: string | null;
  lastReviewedAt: string | null;
  /** Set when comparing with an earlier snapshot. */
  since: { began: number; stopped: number } | null;
}

type ArticleList = { snapshot: number | null; articles: ArticleListRow[] };

// Built lists per region state and compared snapshot: reads between changes only serialise.
const built = new WeakMap<RegionReview, Map<string, { change: string; list: ArticleList }>>();

/** Every article of a region with its diff counts, status and last review, in article order. */
export function buildArticleList(cache: ReviewCache, region: string, compareSnapshot: number | null): ArticleList {
  const state = cache.region(region);
  let lists = built.get(state);
  if (!lists) built.set(state, (lists = new Map()));
  const key = String(compareSnapshot);
  const hit = lists.get(key);
  if (hit && hit.change === state.change) return hit.list;
  const list = listArticles(cache, state, region, compareSnapshot);
  lists.set(key, { change: state.change, list });
  return list;
}

function listArticles(cache: ReviewCache, { loaded, diffs, activity }: RegionReview, region: string, compareSnapshot: number | null): ArticleList {
  const since = compareSnapshot === null ? null : cache.since(region, compareSnapshot);
  const articles = loaded.articles.map((article): ArticleListRow => {
    const diff = diffs.get(article.id);
    const counts = diff?.counts ?? { ok: 0, unreviewed: 0, unwanted: 0, missing: 0, cleared: 0 };
    const surfacing = { regional: 0, national: 0 };
    for (const item of diff?.items ?? []) if (item.reasons) surfacing[item.reasons.area] += 1;
    const done = activity.get(article.id);
    const changed = since?.get(article.id);
    return {
      id: article.id,
      title: article.title,
      topic: article.topic,
      url: article.url,
      status: reviewStatus(counts, done?.decisions ?? 0),
      counts,
      surfacing,
      decisions: done?.decisions ?? 0,
      lastReviewedBy: done?.lastBy ?? null,
      lastReviewedAt: done?.lastAt ?? null,
      since: since ? { began: changed?.began.size ?? 0, stopped: changed?.stopped.length ?? 0 } : null,
    };
  });
  return { snapshot: loaded.snapshotId, articles };
}
