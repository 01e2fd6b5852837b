/**
 * Change requests (product.md "muutospyyntö"): what must change, for whom, tracked until a
 * catalogue import shows it done. The types, the state machine and who receives what.
 */

/** What the request asks for. `service.*` and `description.fix|translate` go to the service's owner. */
export const changeRequestTypes = [
  /** Remove a keyword, class, target group or life event from a service. */
  'service.removeItem',
  /** Add one to a service (so it surfaces where it should). */
  'service.addItem',
  /** Change where a service is available (its area lets it in where it should not, or not where it should). */
  'service.changeArea',
  /** Write a service description that does not exist yet (the county itself). */
  'description.new',
  /** Fix an existing description's text. */
  'description.fix',
  /** Add the Swedish text to an existing description. */
  'description.translate',
  /** Article rules (DigiFinland): add or remove a keyword or class, pin or block a service. */
  'rule.addItem',
  'rule.removeItem',
  'rule.pin',
  'rule.block',
] as const;
export type ChangeRequestType = (typeof changeRequestTypes)[number];

export const changeRequestStates = ['draft', 'ready', 'sent', 'done', 'verified', 'rejected', 'withdrawn'] as const;
export type ChangeRequestState = (typeof changeRequestStates)[number];

/** States the automatic verification still checks. */
export const openStates: readonly ChangeRequestState[] = ['draft', 'ready', 'sent', 'done'];

export type RecipientKind = 'digifinland' | 'organization' | 'county';

export interface Recipient {
  kind: RecipientKind;
  organizationId: string | null;
  name: string;
  email: string | null;
}

export type RequestItemKind = 'keywords' | 'serviceClasses' | 'targetGroups' | 'lifeEvents' | 'area';

/** Texts of a description in both languages (new descriptions, fixes and translations). */
export interface DescriptionTexts {
  nameFi: string;
  nameSv: string;
  summaryFi: string;
  summarySv: string;
  descriptionFi: string;
  descriptionSv: string;
}

/** Type-specific details kept with a request. */
export interface ChangeRequestDetails {
  /** description.new / fix / translate: the texts asked for. */
  texts?: DescriptionTexts;
  /** description.new: the organisation that should own it, and suggested codes. */
  organizationId?: string | null;
  organizationName?: string;
  keywords?: string[];
  serviceClasses?: string[];
  targetGroups?: string[];
  /** service.changeArea: whether the service should surface in the request's articles. */
  shouldSurface?: boolean;
  /** description.fix: the service version (content hash) the request was written against. */
  baseServiceHash?: string;
}

/** One thing the latest check found still wrong (or a note), in words the UI translates. */
export interface VerificationProblem {
  code:
    | 'itemStillOnService'
    | 'itemMissingFromService'
    | 'stillSurfaces'
    | 'doesNotSurface'
    | 'serviceGone'
    | 'noSuchDescription'
    | 'swedishMissing'
    | 'notChangedYet'
    | 'changedNeedsLook'
    | 'ruleStillHasItem'
    | 'ruleLacksItem'
    | 'notPinned'
    | 'notBlocked'
    | 'articleGone';
  articleId?: string;
  serviceId?: string;
  /** E.g. the item still letting the service in, or the missing fields. */
  detail?: string;
}

export interface VerificationResult {
  snapshotId: number | null;
  at: string;
  /** True when everything asked for is now in the catalogue/rules. */
  fixed: boolean;
  problems: VerificationProblem[];
  /** Service found for a new description. */
  foundServiceId?: string;
}

/** Who may move a request where by hand. Verification moves open → verified on its own. */
const transitions: Record<ChangeRequestState, readonly ChangeRequestState[]> = {
  draft: ['ready', 'withdrawn'],
  ready: ['draft', 'sent', 'withdrawn'],
  sent: ['done', 'verified', 'rejected', 'withdrawn'],
  done: ['sent', 'verified', 'rejected', 'withdrawn'],
  verified: ['sent'],
  rejected: ['draft'],
  withdrawn: ['draft'],
};

/** Whether a person may move a request from `from` to `to` (verified → sent reopens a fix that came undone). */
export function canMove(from: ChangeRequestState, to: ChangeRequestState): boolean {
  return transitions[from].includes(to);
}

export function nextStates(from: ChangeRequestState): readonly ChangeRequestState[] {
  return transitions[from];
}

export function isOpen(state: ChangeRequestState): boolean {
  return openStates.includes(state);
}

/** The stable id people quote: LP-2026-0042 (the year of creation, a per-year number). */
export function formatRequestCode(year: number, sequence: number): string {
  return `LP-${year}-${String(sequence).padStart(4, '0')}`;
}

export const digifinlandRecipient: Recipient = { kind: 'digifinland', organizationId: null, name: 'DigiFinland', email: null };

/** Who must act: DigiFinland for article rules, the county for new descriptions, the owner for the rest. */
export function recipientKindFor(type: ChangeRequestType): RecipientKind {
  if (type.startsWith('rule.')) return 'digifinland';
  if (type === 'description.new') return 'county';
  return 'organization';
}

/** Whether the type concerns one existing service (so it needs `serviceId`). */
export function needsService(type: ChangeRequestType): boolean {
  return type !== 'description.new' && type !== 'rule.addItem' && type !== 'rule.removeItem';
}

/** Whether the type names an item (keyword, class...). */
export function needsItem(type: ChangeRequestType): boolean {
  return type === 'service.removeItem' || type === 'service.addItem' || type === 'rule.addItem' || type === 'rule.removeItem';
}

/**
 * Requests that are the same fix: one request per service fix covers all affected articles,
 * so a second flag on the same service item joins the open request instead of making another.
 * An area change that should let the service in is not the same fix as one that should keep
 * it out. An article rule is each article's own, so a rule request is one fix only for the
 * same articles (a pin of a service in a1 and one in a5 are two).
 */
export function sameFixKey(r: {
  regionCode: string;
  type: string;
  serviceId: string | null;
  itemKind: string | null;
  itemValue: string | null;
  details: Pick<ChangeRequestDetails, 'shouldSurface'>;
  articleIds: readonly string[];
}): string {
  const surface = r.details.shouldSurface === undefined ? '' : String(r.details.shouldSurface);
  const articles = r.type.startsWith('rule.') ? [...new Set(r.articleIds)].sort().join(',') : '';
  return [r.regionCode, r.type, r.serviceId ?? '', r.itemKind ?? '', r.itemValue ?? '', surface, articles].join('\u0000');
}

/**
 * One key per recipient, for grouping, counting and filtering everywhere: an organisation by
 * its id, or by its name when the catalogue gave none (so two unknown owners stay apart).
 */
export function recipientKey(recipient: Pick<Recipient, 'kind' | 'organizationId' | 'name'>): string {
  if (recipient.kind !== 'organization') return recipient.kind;
  return recipient.organizationId !== null ? `organization:${recipient.organizationId}` : `organization-named:${recipient.name}`;
}

/** Whether a request's recipient is the one a filter asks for (an organisation filter without an id: any organisation). */
export function matchesRecipientFilter(recipient: Pick<Recipient, 'kind' | 'organizationId'>, filter: { kind: RecipientKind; organizationId?: string | null } | null | undefined): boolean {
  if (!filter) return true;
  if (recipient.kind !== filter.kind) return false;
  return filter.kind !== 'organization' || !filter.organizationId || recipient.organizationId === filter.organizationId;
}

/**
 * The export filter a recipient key stands for; null for "every recipient" and for an
 * organisation known by name only (the server filters organisations by id).
 */
export function recipientFilterOfKey(key: string): { kind: RecipientKind; organizationId?: string } | null {
  if (key === 'digifinland' || key === 'county') return { kind: key };
  if (key.startsWith('organization:')) return { kind: 'organization', organizationId: key.slice('organization:'.length) };
  return null;
}
