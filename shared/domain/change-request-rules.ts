/**
 * What a flag, a description request or a missing service turns into as a change request, and
 * which fields each request type needs. Pure: the server looks things up, these decide.
 */
import {
  canMove,
  needsItem,
  needsService,
  recipientKey,
  type ChangeRequestDetails,
  type ChangeRequestState,
  type ChangeRequestType,
  type Recipient,
  type RequestItemKind,
} from './change-request';
import { selfAndAncestors } from './code-hierarchy';

/** The fields of a request that depend on its type. */
export interface RequestFields {
  type: ChangeRequestType;
  serviceId: string | null;
  itemKind: RequestItemKind | null;
  itemValue: string | null;
  details: ChangeRequestDetails;
}

/** A request as a source proposes it, before the server picks the recipient and stores it. */
export interface RequestDraft extends RequestFields {
  articleIds: string[];
  reason: string;
}

/**
 * The first thing wrong with the fields for the type, naming the field; null when they fit.
 * Item changes name one keyword, class, target group or life event; an area is changed by
 * 'service.changeArea', which says whether the service should surface (details.shouldSurface).
 */
export function requestFieldProblem(fields: RequestFields): string | null {
  const { type, serviceId, itemKind, itemValue, details } = fields;
  if (needsService(type) && !serviceId) return `a ${type} request needs serviceId (the service to fix)`;
  if ((itemKind === null) !== (itemValue === null)) return `itemKind and itemValue go together: give both or neither`;
  if (needsItem(type)) {
    if (itemKind === null) return `a ${type} request needs itemKind and itemValue (the keyword, class, target group or life event)`;
    if (itemKind === 'area') return `a ${type} request cannot name an area as its item; use service.changeArea`;
  } else if (type === 'service.changeArea') {
    if (itemKind !== null && itemKind !== 'area') return `a service.changeArea request takes itemKind "area" or none, not "${itemKind}"`;
    if (details.shouldSurface === undefined) return `a service.changeArea request needs details.shouldSurface (whether the service should surface in its articles)`;
  } else if (itemKind !== null) {
    return `a ${type} request takes no itemKind or itemValue`;
  }
  if (type === 'description.new' && !details.texts?.nameFi && !details.texts?.nameSv) {
    return `a description.new request needs details.texts with the new description's name (nameFi or nameSv)`;
  }
  return null;
}

/** A flag as stored (flags table), with the article rule it was raised against. */
export interface FlagSource {
  target: 'service' | 'rule';
  serviceId: string;
  articleId: string;
  itemKind: RequestItemKind;
  itemValue: string;
  reason: string;
}

/** The article rule's item lists a rule flag is checked against. */
export type RuleItems = Partial<Record<Exclude<RequestItemKind, 'area'>, readonly string[]>>;

/**
 * What a flag asks for. On the service (its owner fixes it): remove the item from the service,
 * or change its area so it no longer surfaces there; it covers every article the item lets it
 * into (`covered`, or the flag's own article when it no longer surfaces anywhere). On the
 * article rule (DigiFinland fixes it): remove the rule's item that matched, or block the
 * service in the article when it came in by its area, which a rule cannot remove.
 */
export function requestFromFlag(flag: FlagSource, covered: readonly string[], rule: RuleItems): RequestDraft {
  const base = { serviceId: flag.serviceId, reason: flag.reason };
  if (flag.target === 'service') {
    const articleIds = covered.length > 0 ? [...covered] : [flag.articleId];
    if (flag.itemKind === 'area') return { ...base, type: 'service.changeArea', itemKind: 'area', itemValue: flag.itemValue, details: { shouldSurface: false }, articleIds };
    return { ...base, type: 'service.removeItem', itemKind: flag.itemKind, itemValue: flag.itemValue, details: {}, articleIds };
  }
  if (flag.itemKind === 'area') return { ...base, type: 'rule.block', itemKind: null, itemValue: null, details: {}, articleIds: [flag.articleId] };
  return { ...base, type: 'rule.removeItem', itemKind: flag.itemKind, itemValue: ruleItemMatching(rule[flag.itemKind] ?? [], flag.itemKind, flag.itemValue), details: {}, articleIds: [flag.articleId] };
}

/**
 * The rule's own item that let the service's item in: the keyword itself, or for PTV codes
 * the rule's code at or above the service's (a rule P9 lets P9.1 in; P9 is what to remove).
 * The service's item when the rule no longer has any.
 */
export function ruleItemMatching(ruleValues: readonly string[], kind: Exclude<RequestItemKind, 'area'>, serviceValue: string): string {
  if (kind === 'keywords') return serviceValue;
  return selfAndAncestors(serviceValue).find((code) => ruleValues.includes(code)) ?? serviceValue;
}

/** A description request as stored (description_requests table). */
export interface DescriptionRequestSource {
  name: { fi: string; sv: string };
  summary: { fi: string; sv: string };
  description: { fi: string; sv: string };
  organizationId: string | null;
  organizationName: string;
  keywords: readonly string[];
  serviceClasses: readonly string[];
  targetGroups: readonly string[];
}

/** The details of the county's own request to write a description, in Finnish and Swedish. */
export function descriptionRequestDetails(source: DescriptionRequestSource): ChangeRequestDetails {
  return {
    texts: {
      nameFi: source.name.fi,
      nameSv: source.name.sv,
      summaryFi: source.summary.fi,
      summarySv: source.summary.sv,
      descriptionFi: source.description.fi,
      descriptionSv: source.description.sv,
    },
    organizationId: source.organizationId,
    organizationName: source.organizationName,
    keywords: [...source.keywords],
    serviceClasses: [...source.serviceClasses],
    targetGroups: [...source.targetGroups],
  };
}

/** Why a person may not move the request from its state to `to`, in words naming both; null when allowed. */
export function moveProblem(request: { code: string; state: ChangeRequestState }, to: ChangeRequestState): string | null {
  if (request.state === to) return `${request.code} is already ${to}`;
  if (!canMove(request.state, to)) return `${request.code} cannot move from ${request.state} to ${to}`;
  return null;
}

/** Which recipient a request goes to: every organisation is its own; DigiFinland and the county are one each. */
const kindOrder: Record<Recipient['kind'], number> = { digifinland: 0, county: 1, organization: 2 };

export interface RecipientCount {
  recipient: Recipient;
  total: number;
  byState: Partial<Record<ChangeRequestState, number>>;
}

/**
 * Requests counted by recipient and by state. A group is named as its newest request names
 * it (an e-mail added later wins); DigiFinland and the county first, then organisations by name.
 */
export function countByRecipient(requests: readonly { recipient: Recipient; state: ChangeRequestState }[]): {
  recipients: RecipientCount[];
  byState: Partial<Record<ChangeRequestState, number>>;
} {
  const groups = new Map<string, RecipientCount>();
  const byState: Partial<Record<ChangeRequestState, number>> = {};
  for (const request of requests) {
    const key = recipientKey(request.recipient);
    const group = groups.get(key) ?? { recipient: request.recipient, total: 0, byState: {} };
    group.recipient = request.recipient;
    group.total += 1;
    group.byState[request.state] = (group.byState[request.state] ?? 0) + 1;
    groups.set(key, group);
    byState[request.state] = (byState[request.state] ?? 0) + 1;
  }
  const recipients = [...groups.values()].sort(
    (a, b) => kindOrder[a.recipient.kind] - kindOrder[b.recipient.kind] || a.recipient.name.localeCompare(b.recipient.name, 'fi'),
  );
  return { recipients, byState };
}

/**
 * Whether a new request of this type joins an open request for the same fix (sameFixKey):
 * every new description is its own, even with no service or item to tell them apart.
 */
export function joinsSameFix(type: ChangeRequestType): boolean {
  return type !== 'description.new';
}
