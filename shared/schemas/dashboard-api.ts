import { z } from 'zod';
import type { ChangeRequestState, RecipientKind } from '../domain/change-request';
import type { LocalizedText } from '../domain/catalogue-service';
import type { ReviewStatus } from '../domain/review-status';
import { regionSchema } from './review-api';

/** The progress dashboard's one query and the view it answers with. */

export const dashboardInputSchema = z.strictObject({ region: regionSchema });
export type DashboardInput = z.infer<typeof dashboardInputSchema>;

/** How many articles stand in each review status. */
export type StatusCounts = Record<ReviewStatus, number>;

export interface TopicProgress {
  topic: string;
  total: number;
  counts: StatusCounts;
}

/** One person's review work from history: articles they decided in, by the status those articles have now. */
export interface PersonProgress {
  /** null: a name from history without an account (the CLI, an import). */
  userId: number | null;
  name: string;
  /** Distinct articles with a decision of theirs. */
  articles: number;
  decisions: number;
  signOffs: number;
  counts: StatusCounts;
}

/** Articles first reviewed (first decision) and first approved (first sign-off) per period, and running totals. */
export interface ProgressPoint {
  /** The day (YYYY-MM-DD, Finnish time), or the Monday of the week. */
  period: string;
  reviewed: number;
  approved: number;
  reviewedTotal: number;
  approvedTotal: number;
}

export interface ArticleRef {
  id: string;
  title: LocalizedText;
  topic: string;
}

export interface ServiceRef {
  id: string;
  name: LocalizedText;
  organizationName: LocalizedText;
}

/** A count with the first items of the list, for a drill-down. */
export interface CoverageList<T> {
  count: number;
  items: T[];
}

export const coverageListLimit = 50;

export const ageBuckets = ['0-7', '8-30', '31-90', 'over90'] as const;
export type AgeBucket = (typeof ageBuckets)[number];

/** A recipient as the dashboard names it: the Finnish name stored with the requests, and in the UI languages. */
export interface RecipientName {
  kind: RecipientKind;
  organizationId: string | null;
  name: string;
  /** An organisation as the catalogue names it, the county as the region is named. */
  label: LocalizedText;
}

export interface RecipientCount extends RecipientName {
  /** recipientKey(): the key the request list groups and filters by. */
  key: string;
  total: number;
  open: number;
}

export interface EffortRow {
  minutes: number;
  articles: number;
}

export interface DashboardView {
  region: string;
  /** The region's name in the UI languages (its code when unknown). */
  regionName: LocalizedText;
  /** The time the figures were made (ages and periods count to it). */
  at: string;
  /** True when the figures cover only the articles of the person's workshops. */
  scoped: boolean;
  progress: {
    articles: number;
    totals: StatusCounts;
    byTopic: TopicProgress[];
    byPerson: PersonProgress[];
    timeline: { granularity: 'day' | 'week'; points: ProgressPoint[] };
  };
  /** What the latest import changed: null before any import. */
  drift: {
    snapshotId: number;
    importedAt: string;
    previousSnapshotId: number | null;
    /** Signed-off articles whose link set changed since the sign-off. */
    drifted: CoverageList<ArticleRef>;
    /** Articles where something began or stopped surfacing with the latest import (null without an earlier snapshot). */
    changedArticles: number | null;
    began: number | null;
    stopped: number | null;
  } | null;
  requests: {
    total: number;
    open: number;
    byState: Record<ChangeRequestState, number>;
    byRecipient: RecipientCount[];
    /** Open requests by days since created. */
    age: Record<AgeBucket, number>;
    oldestOpen: { id: number; code: string; createdAt: string; days: number; recipient: RecipientName } | null;
  };
  coverage: {
    /** Services available only in the county's own area (not nationwide ones). */
    regionalServices: number;
    articlesWithoutRegional: CoverageList<ArticleRef>;
    /** Regional services that surface in no article and have no include decision; null for those who see only some articles. */
    unlinkedRegional: CoverageList<ServiceRef> | null;
    /** Regional services without a Swedish name or summary. */
    missingSwedish: CoverageList<ServiceRef>;
  };
  effort: {
    gapMinutes: number;
    minimumMinutes: number;
    totalMinutes: number;
    /** Time on events without an article. */
    otherMinutes: number;
    /** Articles with time credited, and the mean minutes over them. */
    articles: number;
    minutesPerArticle: number | null;
    byPerson: (EffortRow & { userId: number | null; name: string; otherMinutes: number; sittings: number })[];
    /** topic null: events without an article. */
    byTopic: (EffortRow & { topic: string | null })[];
    /** The articles with most time first, at most `coverageListLimit`. */
    topArticles: (ArticleRef & { minutes: number })[];
  };
}
