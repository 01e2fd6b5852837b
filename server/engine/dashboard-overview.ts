import { minimumSittingMinutes, sittingGapMinutes } from '../../shared/domain/review-effort';
import { reviewStatuses, type ReviewStatus } from '../../shared/domain/review-status';
import { coverageListLimit, type DashboardView, type PersonProgress, type StatusCounts, type TopicProgress } from '../../shared/schemas/dashboard-api';
import { listSnapshots } from '../../db/queries/catalogue';
import type { Context } from '../context';
import { readableArticles } from '../services/access';
import { buildArticleList, type ArticleListRow } from './article-list-view';
import { articleRef, coverageFigures } from './dashboard-coverage';
import { readHistoryFigures, type HistoryFigures } from './dashboard-history';
import { requestFigures } from './dashboard-requests';
import { recipientLabeller } from './change-request-view';
import { progressTimeline } from './dashboard-timeline';

const noCounts = (): StatusCounts => Object.fromEntries(reviewStatuses.map((s) => [s, 0])) as StatusCounts;
const byName = (a: string, b: string) => a.localeCompare(b, 'fi');
// Minutes to one decimal: the page shows hours and minutes, a CSV keeps a little more.
const tenth = (minutes: number) => Math.round(minutes * 10) / 10;

/**
 * The progress dashboard of a region: review progress, drift after the latest import,
 * change requests, coverage and effort. Statuses come from the article list (the same
 * cached view the articles page shows), history is read once; a participant gets figures
 * over their workshops' articles only.
 */
export function buildDashboard(ctx: Context, region: string): DashboardView {
  const now = ctx.now();
  const readable = readableArticles(ctx);
  const list = buildArticleList(ctx.handle, ctx.review, region, null);
  const rows = readable ? list.articles.filter((row) => readable.has(row.id)) : list.articles;
  const status = new Map(rows.map((row) => [row.id, row.status]));
  const history = readHistoryFigures(ctx.handle, region, readable);
  const { loaded, diffs } = ctx.review.region(region);
  return {
    region,
    regionName: loaded.regions.find((r) => r.code === region)?.name ?? { fi: region },
    at: now.toISOString(),
    scoped: readable !== null,
    progress: {
      articles: rows.length,
      totals: countStatuses(rows.map((row) => row.status)),
      byTopic: topicProgress(rows),
      byPerson: personProgress(history, status),
      timeline: progressTimeline(
        [...history.firstReviewed].filter(([id]) => status.has(id)).map(([, at]) => at),
        [...history.firstApproved].filter(([id]) => status.has(id)).map(([, at]) => at),
        now,
      ),
    },
    drift: driftFigures(ctx, region, loaded.snapshotId, rows),
    requests: requestFigures(ctx.handle, region, readable, now, recipientLabeller(loaded)),
    coverage: coverageFigures(loaded, region, rows, readable ? null : diffs),
    effort: effortFigures(history, rows),
  };
}

function countStatuses(statuses: Iterable<ReviewStatus>): StatusCounts {
  const counts = noCounts();
  for (const s of statuses) counts[s] += 1;
  return counts;
}

function topicProgress(rows: readonly ArticleListRow[]): TopicProgress[] {
  const topics = new Map<string, TopicProgress>();
  for (const row of rows) {
    let topic = topics.get(row.topic);
    if (!topic) topics.set(row.topic, (topic = { topic: row.topic, total: 0, counts: noCounts() }));
    topic.total += 1;
    topic.counts[row.status] += 1;
  }
  return [...topics.values()].sort((a, b) => byName(a.topic, b.topic));
}

/** People who decided or signed off, with the status their articles have now; articles since deleted are left out. */
function personProgress(history: HistoryFigures, status: ReadonlyMap<string, ReviewStatus>): PersonProgress[] {
  return [...history.people.values()]
    .map((p) => {
      const articles = [...p.articles].filter((id) => status.has(id));
      return { userId: p.userId, name: p.name, articles: articles.length, decisions: p.decisions, signOffs: p.signOffs, counts: countStatuses(articles.map((id) => status.get(id)!)) };
    })
    .filter((p) => p.decisions + p.signOffs > 0)
    .sort((a, b) => b.articles - a.articles || b.signOffs - a.signOffs || byName(a.name, b.name));
}

/** What the latest import changed: drifted sign-offs, and what began or stopped surfacing against the import before it. */
function driftFigures(ctx: Context, region: string, snapshotId: number | null, rows: readonly ArticleListRow[]): DashboardView['drift'] {
  if (snapshotId === null) return null;
  const snapshots = listSnapshots(ctx.handle);
  const latest = snapshots.find((s) => s.id === snapshotId);
  const previous = snapshots.find((s) => s.id < snapshotId);
  const drifted = rows.filter((row) => row.status === 'drifted');
  let changed: { articles: number; began: number; stopped: number } | null = null;
  if (previous) {
    const since = ctx.review.since(region, previous.id);
    changed = { articles: 0, began: 0, stopped: 0 };
    for (const row of rows) {
      const change = since.get(row.id);
      if (!change || change.began.size + change.stopped.length === 0) continue;
      changed.articles += 1;
      changed.began += change.began.size;
      changed.stopped += change.stopped.length;
    }
  }
  return {
    snapshotId,
    importedAt: latest?.createdAt ?? '',
    previousSnapshotId: previous?.id ?? null,
    drifted: { count: drifted.length, items: drifted.slice(0, coverageListLimit).map(articleRef) },
    changedArticles: changed?.articles ?? null,
    began: changed?.began ?? null,
    stopped: changed?.stopped ?? null,
  };
}

function effortFigures(history: HistoryFigures, rows: readonly ArticleListRow[]): DashboardView['effort'] {
  const { effort } = history;
  const articles = new Map(rows.map((row) => [row.id, row]));
  const topics = new Map<string | null, { minutes: number; articles: number }>();
  const addTopic = (topic: string | null, minutes: number, articleCount: number) => {
    const entry = topics.get(topic) ?? { minutes: 0, articles: 0 };
    topics.set(topic, { minutes: entry.minutes + minutes, articles: entry.articles + articleCount });
  };
  const timed: (ReturnType<typeof articleRef> & { minutes: number })[] = [];
  let articleMinutes = 0;
  for (const [id, minutes] of effort.articles) {
    const row = articles.get(id);
    // An article deleted since: its time stays in the totals, under "other".
    if (!row) addTopic(null, minutes, 0);
    else {
      addTopic(row.topic, minutes, 1);
      articleMinutes += minutes;
      timed.push({ ...articleRef(row), minutes: tenth(minutes) });
    }
  }
  if (effort.otherMinutes > 0) addTopic(null, effort.otherMinutes, 0);
  timed.sort((a, b) => b.minutes - a.minutes || a.id.localeCompare(b.id));
  return {
    gapMinutes: sittingGapMinutes,
    minimumMinutes: minimumSittingMinutes,
    totalMinutes: tenth(effort.totalMinutes),
    otherMinutes: tenth(effort.otherMinutes),
    articles: timed.length,
    minutesPerArticle: timed.length > 0 ? tenth(articleMinutes / timed.length) : null,
    byPerson: effort.people.map((p) => {
      const who = history.names.get(p.person);
      return { userId: who?.userId ?? null, name: who?.name ?? p.person, minutes: tenth(p.minutes), otherMinutes: tenth(p.otherMinutes), sittings: p.sittings, articles: p.articles };
    }),
    byTopic: [...topics]
      .map(([topic, t]) => ({ topic, minutes: tenth(t.minutes), articles: t.articles }))
      .sort((a, b) => (a.topic === null ? 1 : b.topic === null ? -1 : byName(a.topic, b.topic))),
    topArticles: timed.slice(0, coverageListLimit),
  };
}
