import { availabilityIn } from '../../shared/domain/area-availability';
import type { LocalizedText } from '../../shared/domain/catalogue-service';
import { reasonsInclude } from '../../shared/domain/flag-coverage';
import { reviewStatus, statusAfterSignoff, type ReviewStatus } from '../../shared/domain/review-status';
import type { ArticleRule, DiffCounts, DiffItem, AreaKind } from '../../shared/domain/types';
import type { DbHandle } from '../../db/client';
import { listComments } from '../../db/queries/comments';
import { loadArticleDecisions, type DecisionDetail } from '../../db/queries/decisions';
import { listFlags, type FlagRecord } from '../../db/queries/flags';
import { latestSignoff } from '../../db/queries/signoffs';
import type { ReviewCache } from '../services/review-cache';
import { UserError } from '../user-error';
import { keywordLabels } from './keyword-labels';
import type { LoadedCatalogue } from './load-workspace';
import { serviceSummary, type ServiceSummary } from './service-summary';
import { signoffStanding } from './signoff-view';

export interface ArticleDetailItem extends DiffItem {
  /** Where the service is available in the region; null when it is not (or not in the catalogue). */
  scope: AreaKind | null;
  service: ServiceSummary | null;
  decision: DecisionDetail | null;
  /** Open flags on this service that concern this article. */
  flags: FlagRecord[];
  comments: number;
  /** True when the service began surfacing since the compared snapshot. */
  began: boolean;
}

export interface ArticleDetail {
  article: { id: string; title: { fi: string; sv: string }; topic: string; url: string | null; rule: ArticleRule; version: number };
  /** Labels of the rule's keywords (and excluded keywords) by URI, where the catalogue knows them. */
  ruleKeywordLabels: Record<string, LocalizedText>;
  snapshot: number | null;
  status: ReviewStatus;
  counts: DiffCounts;
  items: ArticleDetailItem[];
  /** Services that surfaced in the compared snapshot and no longer do. */
  stopped: { serviceId: string; service: ServiceSummary | null }[];
}

/** One article's diff in a region with everything its review screen shows. */
export function buildArticleDetail(handle: DbHandle, cache: ReviewCache, region: string, articleId: string, compareSnapshot: number | null): ArticleDetail {
  const { loaded, diffs } = cache.region(region);
  const article = loaded.articles.find((a) => a.id === articleId);
  const diff = diffs.get(articleId);
  if (!article || !diff) throw new UserError(`unknown article "${articleId}"`);
  const regionRecord = loaded.regions.find((r) => r.code === region);
  const decisions = loadArticleDecisions(handle, articleId);
  const flagsByService = new Map<string, FlagRecord[]>();
  for (const flag of listFlags(handle, { regionCode: region, status: 'open' })) {
    const list = flagsByService.get(flag.serviceId);
    if (list) list.push(flag);
    else flagsByService.set(flag.serviceId, [flag]);
  }
  const commentCounts = new Map<string, number>();
  for (const comment of listComments(handle, articleId)) if (comment.serviceId) commentCounts.set(comment.serviceId, (commentCounts.get(comment.serviceId) ?? 0) + 1);
  const since = compareSnapshot === null ? null : cache.since(region, compareSnapshot).get(articleId);
  const items = diff.items.map((item): ArticleDetailItem => {
    const stored = loaded.services.get(item.serviceId);
    const scope = item.reasons?.area ?? (stored && regionRecord ? (availabilityIn(stored.service, regionRecord)?.kind ?? null) : null);
    // A flag shows where it applies: a service flag wherever its item still lets the service in, a rule flag in its own article.
    const relevant = (flagsByService.get(item.serviceId) ?? []).filter((f) =>
      f.target === 'service' ? !!item.reasons && reasonsInclude(item.reasons, { kind: f.itemKind, value: f.itemValue }) : f.articleId === articleId,
    );
    return {
      ...item,
      scope,
      service: serviceSummary(loaded, item.serviceId),
      decision: decisions.get(item.serviceId) ?? null,
      flags: relevant,
      comments: commentCounts.get(item.serviceId) ?? 0,
      began: since?.began.has(item.serviceId) ?? false,
    };
  });
  return {
    article: { id: article.id, title: article.title, topic: article.topic, url: article.url, rule: article.rule, version: article.version },
    ruleKeywordLabels: ruleLabels(loaded, article.rule),
    snapshot: loaded.snapshotId,
    // With the lead's latest sign-off or send-back on top, as in the article list.
    status: statusAfterSignoff(reviewStatus(diff.counts, decisions.size), signoffStanding(latestSignoff(handle, articleId, region), diff, loaded).latest),
    counts: diff.counts,
    items,
    stopped: (since?.stopped ?? []).map((serviceId) => ({ serviceId, service: serviceSummary(loaded, serviceId) })),
  };
}

function ruleLabels(loaded: LoadedCatalogue, rule: ArticleRule): Record<string, LocalizedText> {
  const labels = keywordLabels(loaded);
  const out: Record<string, LocalizedText> = {};
  for (const uri of [...rule.keywords, ...rule.excludeKeywords]) {
    const label = labels.get(uri);
    if (label) out[uri] = label;
  }
  return out;
}
