import { changeRequestStates, changeRequestTypes, recipientKey, type ChangeRequestState, type ChangeRequestType } from '../../../../shared/domain/change-request';
import type { ChangeRequestView } from '../../../../shared/schemas/change-requests-api';

/**
 * The change request list's filters as kept in the URL (`state=draft,ready&to=org:abc&type=rule.pin&q=…`),
 * and the pure helpers the list and its bulk actions use. No React here, so tests can run it as is.
 */
export interface RequestFilters {
  states: ChangeRequestState[];
  /** A recipient key (see `recipientKey`), '' for every recipient. */
  recipient: string;
  type: ChangeRequestType | '';
  query: string;
}

export const isState = (value: string): value is ChangeRequestState => (changeRequestStates as readonly string[]).includes(value);
const isType = (value: string): value is ChangeRequestType => (changeRequestTypes as readonly string[]).includes(value);

/** Reads the filters; unknown states and types in a hand-edited URL are dropped rather than failing the page. */
export function readRequestFilters(search: URLSearchParams): RequestFilters {
  const states = (search.get('state') ?? '').split(',').filter(isState);
  const type = search.get('type') ?? '';
  return {
    states: changeRequestStates.filter((s) => states.includes(s)),
    recipient: search.get('to') ?? '',
    type: isType(type) ? type : '',
    query: search.get('q') ?? '',
  };
}

/** The URL value of a set of states, in the state machine's order; null (removed) when empty. */
export function statesParam(states: readonly ChangeRequestState[]): string | null {
  const ordered = changeRequestStates.filter((s) => states.includes(s));
  return ordered.length > 0 ? ordered.join(',') : null;
}

/** One key per recipient: every organisation is its own recipient; DigiFinland and the county one each. */
export { recipientKey };

/** Lower-case text of a request that the free-text filter searches: code, service, item, reason, articles. */
function searchText(view: ChangeRequestView): string {
  const parts = [
    view.code,
    view.serviceId ?? '',
    view.serviceName?.fi ?? '',
    view.serviceName?.sv ?? '',
    view.itemValue ?? '',
    view.itemLabel?.fi ?? '',
    view.itemLabel?.sv ?? '',
    view.reason,
    view.recipient.name,
    view.recipientLabel?.sv ?? '',
    view.details.texts?.nameFi ?? '',
    view.details.texts?.nameSv ?? '',
    ...view.articles.flatMap((a) => [a.id, a.title.fi ?? '', a.title.sv ?? '']),
  ];
  return parts.join(' ').toLowerCase();
}

/** Requests matching every filter; every word of the query must appear somewhere in the request. */
export function filterRequests(views: readonly ChangeRequestView[], filters: RequestFilters): ChangeRequestView[] {
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  return views.filter((view) => {
    if (filters.states.length > 0 && !filters.states.includes(view.state)) return false;
    if (filters.recipient && recipientKey(view.recipient) !== filters.recipient) return false;
    if (filters.type && view.type !== filters.type) return false;
    if (words.length === 0) return true;
    const text = searchText(view);
    return words.every((word) => text.includes(word));
  });
}

/**
 * The states every selected request may move to (a bulk move must be allowed for each), in
 * the state machine's order. Nothing selected: nothing to offer.
 */
export function commonNextStates(selected: readonly Pick<ChangeRequestView, 'nextStates'>[]): ChangeRequestState[] {
  if (selected.length === 0) return [];
  return changeRequestStates.filter((state) => selected.every((view) => view.nextStates.includes(state)));
}

const dayMs = 86_400_000;

/** Whole days since the request was made (0 on its first day); null for an unreadable timestamp. */
export function ageInDays(createdAt: string, now: Date): number | null {
  const created = Date.parse(createdAt);
  if (Number.isNaN(created)) return null;
  return Math.max(0, Math.floor((now.getTime() - created) / dayMs));
}

/** Whether a recipient's address is worth a mailto link: one @, a dotted domain, no spaces or angle brackets. */
export function looksLikeEmail(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]+$/.test(value.trim());
}
