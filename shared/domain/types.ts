/**
 * Plain data shapes of the domain core. Everything the surfacing engine reads
 * and writes is described here; no framework types cross this line.
 */

export type Lang = 'fi' | 'sv' | 'en';

/** A wellbeing services county (or Helsinki) that the workbench reviews. */
export interface Region {
  code: string;
  name: { fi: string; sv: string };
  /** 3-digit municipality codes ("018"). */
  municipalities: readonly string[];
  /** True only for Åland, which `NationwideExceptAlandIslands` leaves out. */
  alandIslands?: boolean;
}

/** One `areas[]` entry of a PTV service, reduced to what availability needs. */
export interface AreaEntry {
  type: string;
  code: string | null;
  municipalities: readonly string[];
}

/** The facts about a catalogue service that surfacing depends on. */
export interface ServiceFacts {
  /** Lowercase guid. */
  id: string;
  publishingStatus: string | null;
  areaType: string | null;
  areas: readonly AreaEntry[];
  /** Ontology term URIs (asiasanat). */
  keywords: readonly string[];
  serviceClasses: readonly string[];
  targetGroups: readonly string[];
  lifeEvents: readonly string[];
}

/** An article's filters ("rajaukset ja asiasanat"); missing fields are empty. */
export interface ArticleRule {
  keywords: readonly string[];
  serviceClasses: readonly string[];
  targetGroups: readonly string[];
  lifeEvents: readonly string[];
  excludeKeywords: readonly string[];
  pinned: readonly string[];
  blocked: readonly string[];
}

/** The four criteria groups, in the order they are reported. */
export const criteriaGroups = ['keywords', 'serviceClasses', 'targetGroups', 'lifeEvents'] as const;
export type CriteriaGroup = (typeof criteriaGroups)[number];

export type AreaKind = 'national' | 'regional';

/** Why a service surfaces in an article: the service's own items that matched. */
export interface SurfacingReasons {
  keywords: string[];
  serviceClasses: string[];
  targetGroups: string[];
  lifeEvents: string[];
  area: AreaKind;
  areaVia: string;
  pinned: boolean;
}

export const missingReasons = [
  'not_in_catalogue',
  'not_published',
  'outside_region',
  'blocked',
  'excluded_keyword',
  'criteria_not_met',
] as const;
/**
 * `not_observed` is used only when diffing what Omaperhe was observed to show: the model
 * surfaces the service, but Omaperhe did not show it.
 */
export type MissingReason = (typeof missingReasons)[number] | 'not_observed';

/** Why a service does not surface: the first reason that applies, and the failed groups. */
export interface Absence {
  reason: MissingReason;
  /** The criteria groups that failed (only for `criteria_not_met`). */
  detail: CriteriaGroup[];
}

export type DecisionValue = 'include' | 'exclude';

export const diffCategories = ['ok', 'unreviewed', 'unwanted', 'missing', 'cleared'] as const;
export type DiffCategory = (typeof diffCategories)[number];

/** An approved decision as the diff sees it. */
export interface ApprovedDecision {
  decision: DecisionValue;
  /** Content hash of the service when the decision was approved, if known. */
  serviceHashAtApproval: string | null;
}

export interface DiffItem {
  serviceId: string;
  category: DiffCategory;
  reasons: SurfacingReasons | null;
  missingReason: MissingReason | null;
  missingDetail: CriteriaGroup[] | null;
  changedSinceApproval: boolean;
}

export type DiffCounts = Record<DiffCategory, number>;

export interface ArticleDiff {
  articleId: string;
  counts: DiffCounts;
  items: DiffItem[];
}

/** Map of service id → reasons for one article in one region. */
export type ArticleSurfacing = ReadonlyMap<string, SurfacingReasons>;
