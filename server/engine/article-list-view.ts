import { reviewStatus, statusAfterSignoff, type ReviewStatus } from '../../shared/domain/review-status';
import type { DiffCounts } from '../../shared/domain/types';
import type { DbHandle } from '../../db/client';
import { latestSignoffs } from '../../db/queries/signoffs';
import type { RegionReview, ReviewCache } from '../services/review-cache';
import { signoffStanding } from './signoff-view';

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
  /** Who signed off the link set and when, while a sign-off is the lead's latest action on it. */
  signedOffBy: string | null;
  signedOffAt: string | null;
  /** Set when comparing with an earlier snapshot. */
  since: { began: number; stopped: number } | null;
}

type ArticleList = { snapshot: number | null; articles: ArticleListRow[] };

// Built lists per region state and compared snapshot: reads between changes only serialise.
const built = new WeakMap<RegionReview, Map<string, { change: string; list: ArticleList }>>();

/**
 * Every article of a region with its diff counts, status and last review, in article order.
 * The status includes the lead's latest sign-off or send-back; every write (a sign-off too)
 * moves the region's `change`, so a cached list never hides a new sign-off.
 */
export function buildArticleList(handle: DbHandle, cache: ReviewCache, region: string, compareSnapshot: number | null): ArticleList {
  const state = cache.region(region);
  let lists = built.get(state);
  if (!lists) built.set(state, (lists = new Map()));
  const key = String(compareSnapshot);
  const hit = lists.get(key);
  if (hit && hit.change === state.change) return hit.list;
  const list = listArticles(handle, cache, state, region, compareSnapshot);
  lists.set(key, { change: state.change, list });
  return list;
}

function listArticles(handle: DbHandle, cache: ReviewCache, { loaded, diffs, activity }: RegionReview, region: string, compareSnapshot: number | null): ArticleList {
  const since = compareSnapshot === null ? null : cache.since(region, compareSnapshot);
  const signoffs = latestSignoffs(handle, region);
  const articles = loaded.articles.map((article): ArticleListRow => {
    const diff = diffs.get(article.id);
    const counts = diff?.counts ?? { ok: 0, unreviewed: 0, unwanted: 0, missing: 0, cleared: 0 };
    const surfacing = { regional: 0, national: 0 };
    for (const item of diff?.items ?? []) if (item.reasons) surfacing[item.reasons.area] += 1;
    const done = activity.get(article.id);
    const changed = since?.get(article.id);
    const signoff = signoffs.get(article.id);
    const standing = signoffStanding(signoff, diff, loaded);
    const signedOff = signoff?.action === 'signed_off' ? signoff : null;
    return {
      id: article.id,
      title: article.title,
      topic: article.topic,
      url: article.url,
      status: statusAfterSignoff(reviewStatus(counts, done?.decisions ?? 0), standing.latest),
      counts,
      surfacing,
      decisions: done?.decisions ?? 0,
      lastReviewedBy: done?.lastBy ?? null,
      lastReviewedAt: done?.lastAt ?? null,
      signedOffBy: signedOff?.userName ?? null,
      signedOffAt: signedOff?.at ?? null,
      since: since ? { began: changed?.began.size ?? 0, stopped: changed?.stopped.length ?? 0 } : null,
    };
  });
  return { snapshot: loaded.snapshotId, articles };
}
