/**
 * Whether an open change request is done, judged from what a new catalogue snapshot (and the
 * current article rules) show. Pure: the server gathers the evidence, this decides.
 */
import type { Availability } from './area-availability';
import type { CatalogueService, LocalizedText } from './catalogue-service';
import type { ChangeRequestDetails, ChangeRequestType, RequestItemKind, VerificationProblem, VerificationResult } from './change-request';
import { selfAndAncestors } from './code-hierarchy';
import type { ArticleRule, MissingReason, SurfacingReasons } from './types';
import { criteriaGroups } from './types';

/** What of a request the check reads. */
export interface VerifiableRequest {
  type: ChangeRequestType;
  serviceId: string | null;
  itemKind: RequestItemKind | null;
  itemValue: string | null;
  details: ChangeRequestDetails;
  articleIds: readonly string[];
}

/** The request's service as the new snapshot has it. */
export interface ServiceEvidence {
  service: Pick<CatalogueService, 'id' | 'name' | 'summary' | 'description' | 'keywords' | 'serviceClasses' | 'targetGroups' | 'lifeEvents'>;
  /** Content hash of the stored service (changes whenever its content does). */
  hash: string;
  /** Where it is available in the request's region; null when not at all. */
  availability: Availability | null;
}

/** One of the request's articles now; `rule` null when the article no longer exists. */
export interface ArticleEvidence {
  articleId: string;
  rule: ArticleRule | null;
  /** Why the request's service surfaces there now, null when it does not (or there is no service). */
  reasons: SurfacingReasons | null;
  /** Why it does not surface, when it does not. */
  absence: MissingReason | null;
}

/** A published service available in the region, for finding a new description. */
export interface DescriptionCandidate {
  id: string;
  name: LocalizedText;
  /** The organisations responsible for it. */
  organizationIds: readonly string[];
}

export interface VerificationEvidence {
  snapshotId: number | null;
  at: string;
  /** Null when the request names no service or the service is no longer in the catalogue. */
  service: ServiceEvidence | null;
  articles: readonly ArticleEvidence[];
  /** Only needed for description.new. */
  candidates: readonly DescriptionCandidate[];
  /**
   * description.new: ids (lowercase) of the services in the catalogue when the request was
   * written; one of them cannot be the new description. Null when that catalogue is not known.
   */
  servicesAtRequest: ReadonlySet<string> | null;
}

/**
 * Whether two description names are the same, ignoring case, whitespace and dashes
 * ("Perhe-neuvola" = "perheneuvola"): people type the requested name, PTV editors their own.
 */
export function sameDescriptionName(a: string, b: string): boolean {
  const key = (name: string) => name.normalize('NFC').toLocaleLowerCase('fi').replace(/[\s\p{Pd}]+/gu, '');
  const left = key(a);
  return left !== '' && left === key(b);
}

/** Whether everything the request asks for is now true, and if not, what is still wrong. */
export function verifyRequest(request: VerifiableRequest, evidence: VerificationEvidence): VerificationResult {
  const outcome = check(request, evidence);
  return {
    snapshotId: evidence.snapshotId,
    at: evidence.at,
    fixed: outcome.problems.length === 0,
    problems: outcome.problems,
    ...(outcome.foundServiceId ? { foundServiceId: outcome.foundServiceId } : {}),
  };
}

interface Outcome {
  problems: VerificationProblem[];
  foundServiceId?: string;
}

function check(request: VerifiableRequest, evidence: VerificationEvidence): Outcome {
  switch (request.type) {
    case 'service.removeItem':
      return { problems: removeItemProblems(request, evidence) };
    case 'service.addItem':
      return { problems: addItemProblems(request, evidence) };
    case 'service.changeArea':
      // Most area requests come from a flag on the area that let a service in where it should not.
      return { problems: request.details.shouldSurface === true ? surfacesProblems(request, evidence) : stopsSurfacingProblems(request, evidence) };
    case 'description.new':
      return newDescriptionOutcome(request, evidence);
    case 'description.translate':
      return { problems: translationProblems(request, evidence) };
    case 'description.fix':
      return { problems: fixProblems(request, evidence) };
    case 'rule.addItem':
    case 'rule.removeItem':
      return { problems: ruleItemProblems(request, evidence) };
    case 'rule.pin':
    case 'rule.block':
      return { problems: rulePinBlockProblems(request, evidence) };
  }
}

/**
 * The item is off the service and the service no longer surfaces in the articles. A service
 * gone from the catalogue surfaces nowhere, so that counts as done; so does an article gone.
 */
function removeItemProblems(request: VerifiableRequest, evidence: VerificationEvidence): VerificationProblem[] {
  if (!evidence.service) return [];
  const problems: VerificationProblem[] = [];
  if (serviceHasItem(request, evidence.service)) problems.push({ code: 'itemStillOnService', serviceId: evidence.service.service.id, detail: request.itemValue ?? undefined });
  const stillByItem = evidence.articles.filter(({ reasons }) => reasons !== null && reasonsHaveItem(reasons, request));
  return [...problems, ...stopsSurfacingProblems(request, { ...evidence, articles: stillByItem })];
}

/**
 * Whether the removed item is still among what lets the service in. Another keyword or class
 * may place it there rightly, so only the item counts; a code counts with its ancestors and
 * descendants (P3.7 removed, P3.7.1 or P3 left), as the engine matches codes by hierarchy.
 */
function reasonsHaveItem(reasons: SurfacingReasons, request: VerifiableRequest): boolean {
  const kind = request.itemKind;
  const value = request.itemValue;
  // Without an item nothing tells the reasons apart: any reason keeps the request open.
  if (kind === null || value === null) return true;
  if (kind === 'area') return reasons.areaVia === value;
  if (kind === 'keywords') return reasons.keywords.includes(value);
  return reasons[kind].some((code) => selfAndAncestors(code).includes(value) || selfAndAncestors(value).includes(code));
}

/** The item is on the service and the service surfaces in every article. */
function addItemProblems(request: VerifiableRequest, evidence: VerificationEvidence): VerificationProblem[] {
  if (!evidence.service) return [{ code: 'serviceGone', serviceId: request.serviceId ?? undefined }];
  const problems: VerificationProblem[] = [];
  if (!serviceHasItem(request, evidence.service)) problems.push({ code: 'itemMissingFromService', serviceId: evidence.service.service.id, detail: request.itemValue ?? undefined });
  return [...problems, ...surfacesProblems(request, evidence)];
}

/** Whether the requested item is on the service; an area item is the area that gives it (areaVia). */
function serviceHasItem(request: VerifiableRequest, evidence: ServiceEvidence): boolean {
  const kind = request.itemKind;
  const value = request.itemValue;
  if (kind === null || value === null) return false;
  if (kind === 'area') return request.type === 'service.addItem' ? evidence.availability !== null : evidence.availability?.via === value;
  return evidence.service[kind].includes(value);
}

/** The service surfaces in none of the articles (a gone service or article surfaces nowhere). */
function stopsSurfacingProblems(request: VerifiableRequest, evidence: VerificationEvidence): VerificationProblem[] {
  if (!evidence.service) return [];
  return evidence.articles.flatMap(({ articleId, rule, reasons }): VerificationProblem[] =>
    rule !== null && reasons !== null ? [{ code: 'stillSurfaces', articleId, serviceId: request.serviceId ?? undefined, detail: describeReasons(reasons, request) }] : [],
  );
}

/** The service surfaces in every article. */
function surfacesProblems(request: VerifiableRequest, evidence: VerificationEvidence): VerificationProblem[] {
  if (!evidence.service) return [{ code: 'serviceGone', serviceId: request.serviceId ?? undefined }];
  const problems: VerificationProblem[] = [];
  if (evidence.articles.length === 0) problems.push({ code: 'articleGone' });
  for (const article of evidence.articles) {
    if (article.rule === null) problems.push({ code: 'articleGone', articleId: article.articleId });
    else if (article.reasons === null) problems.push({ code: 'doesNotSurface', articleId: article.articleId, serviceId: request.serviceId ?? undefined, detail: article.absence ?? undefined });
  }
  return problems;
}

/**
 * What still lets the service in, as "kind:value" items separated by spaces: the requested
 * item first when it is one of them, so the person sees at once whether it was fixed.
 */
export function describeReasons(reasons: SurfacingReasons, request: Pick<VerifiableRequest, 'itemKind' | 'itemValue'>): string {
  const items: string[] = [];
  if (reasons.pinned) items.push('pinned');
  for (const group of criteriaGroups) for (const value of reasons[group]) items.push(`${group}:${value}`);
  items.push(`area:${reasons.areaVia}`);
  const requested = request.itemKind && request.itemValue ? `${request.itemKind}:${request.itemValue}` : null;
  const first = requested && items.includes(requested) ? [requested] : [];
  return [...first, ...items.filter((i) => i !== requested)].join(' ');
}

/**
 * A published service in the region, of the organisation when one is named, has the requested
 * name, and is new since the request: a service already there then is not the one asked for.
 */
function newDescriptionOutcome(request: VerifiableRequest, evidence: VerificationEvidence): Outcome {
  const texts = request.details.texts;
  const wanted = [texts?.nameFi, texts?.nameSv].filter((n): n is string => !!n && n.trim() !== '');
  const organizationId = request.details.organizationId?.toLowerCase() ?? null;
  const found = evidence.candidates.find(
    (c) =>
      !evidence.servicesAtRequest?.has(c.id.toLowerCase()) &&
      (organizationId === null || c.organizationIds.includes(organizationId)) &&
      [c.name.fi, c.name.sv].some((name) => name !== undefined && wanted.some((w) => sameDescriptionName(name, w))),
  );
  if (found) return { problems: [], foundServiceId: found.id };
  return { problems: [{ code: 'noSuchDescription', detail: wanted.join(' / ') || undefined }] };
}

/** The service has a Swedish name, summary and description. */
function translationProblems(request: VerifiableRequest, evidence: VerificationEvidence): VerificationProblem[] {
  if (!evidence.service) return [{ code: 'serviceGone', serviceId: request.serviceId ?? undefined }];
  const { name, summary, description, id } = evidence.service.service;
  const missing = [
    ['name', name],
    ['summary', summary],
    ['description', description],
  ]
    .filter(([, text]) => ((text as LocalizedText).sv ?? '').trim() === '')
    .map(([field]) => field as string);
  return missing.length === 0 ? [] : [{ code: 'swedishMissing', serviceId: id, detail: missing.join(',') }];
}

/**
 * A fixed description cannot be judged by a machine: any edit changes the hash, and only a
 * person can tell whether the edit is the one asked for. So a change is reported for a look
 * (changedNeedsLook), never verified on its own; no base hash means nothing to compare with.
 */
function fixProblems(request: VerifiableRequest, evidence: VerificationEvidence): VerificationProblem[] {
  if (!evidence.service) return [{ code: 'serviceGone', serviceId: request.serviceId ?? undefined }];
  const base = request.details.baseServiceHash;
  const serviceId = evidence.service.service.id;
  if (base !== undefined && base !== evidence.service.hash) return [{ code: 'changedNeedsLook', serviceId }];
  return [{ code: 'notChangedYet', serviceId }];
}

/** Every article's rule has (rule.addItem) or no longer has (rule.removeItem) the item. */
function ruleItemProblems(request: VerifiableRequest, evidence: VerificationEvidence): VerificationProblem[] {
  const wanted = request.type === 'rule.addItem';
  const problems: VerificationProblem[] = evidence.articles.length === 0 ? [{ code: 'articleGone' }] : [];
  for (const article of evidence.articles) {
    if (article.rule === null) {
      problems.push({ code: 'articleGone', articleId: article.articleId });
      continue;
    }
    const has = ruleHasItem(article.rule, request);
    if (has !== wanted) problems.push({ code: wanted ? 'ruleLacksItem' : 'ruleStillHasItem', articleId: article.articleId, detail: request.itemValue ?? undefined });
  }
  return problems;
}

function ruleHasItem(rule: ArticleRule, request: VerifiableRequest): boolean {
  const kind = request.itemKind;
  if (kind === null || kind === 'area' || request.itemValue === null) return false;
  return rule[kind].includes(request.itemValue);
}

/**
 * Every article's rule pins (rule.pin) or blocks (rule.block) the service. A pin of a service
 * gone from the catalogue shows nothing, so that is not done; a block of one is moot, so done.
 */
function rulePinBlockProblems(request: VerifiableRequest, evidence: VerificationEvidence): VerificationProblem[] {
  const pin = request.type === 'rule.pin';
  const serviceId = (request.serviceId ?? '').toLowerCase();
  if (!evidence.service) return pin ? [{ code: 'serviceGone', serviceId: request.serviceId ?? undefined }] : [];
  const problems: VerificationProblem[] = evidence.articles.length === 0 ? [{ code: 'articleGone' }] : [];
  for (const article of evidence.articles) {
    if (article.rule === null) problems.push({ code: 'articleGone', articleId: article.articleId });
    else if (!(pin ? article.rule.pinned : article.rule.blocked).includes(serviceId)) problems.push({ code: pin ? 'notPinned' : 'notBlocked', articleId: article.articleId, serviceId });
  }
  return problems;
}
