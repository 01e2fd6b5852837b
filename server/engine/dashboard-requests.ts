import type { LocalizedText } from '../../shared/domain/catalogue-service';
import { changeRequestStates, openStates, recipientKey, type ChangeRequestState, type Recipient, type RecipientKind } from '../../shared/domain/change-request';
import type { AgeBucket, DashboardView, RecipientCount, RecipientName } from '../../shared/schemas/dashboard-api';
import type { DbHandle } from '../../db/client';
import { listRequestSummaries } from '../../db/queries/change-requests';

const dayMs = 86_400_000;

/** The age bucket of an open request, in whole days since it was created. */
export function ageBucket(days: number): AgeBucket {
  if (days <= 7) return '0-7';
  if (days <= 30) return '8-30';
  if (days <= 90) return '31-90';
  return 'over90';
}

/**
 * Change requests of the region by state and recipient, and how old the open ones are.
 * `readable` narrows to requests about a participant's articles; `labelOf` names a recipient
 * in the UI languages (the stored name is the Finnish one).
 */
export function requestFigures(
  handle: DbHandle,
  region: string,
  readable: ReadonlySet<string> | null,
  now: Date,
  labelOf: (recipient: Recipient) => LocalizedText,
): DashboardView['requests'] {
  const requests = listRequestSummaries(handle, region, readable);
  const byState = Object.fromEntries(changeRequestStates.map((s) => [s, 0])) as Record<ChangeRequestState, number>;
  const age: Record<AgeBucket, number> = { '0-7': 0, '8-30': 0, '31-90': 0, over90: 0 };
  const recipients = new Map<string, RecipientCount>();
  const named = (kind: RecipientKind, organizationId: string | null, name: string): RecipientName => ({
    kind,
    organizationId,
    name,
    label: labelOf({ kind, organizationId, name, email: null }),
  });
  let oldestOpen: DashboardView['requests']['oldestOpen'] = null;
  let open = 0;
  for (const request of requests) {
    byState[request.state] += 1;
    const { kind, organizationId, name } = request;
    // The list's key: an owner without a catalogue id stays apart from the others by its name.
    const key = recipientKey({ kind, organizationId, name });
    let recipient = recipients.get(key);
    if (!recipient) recipients.set(key, (recipient = { key, ...named(kind, organizationId, name), total: 0, open: 0 }));
    recipient.total += 1;
    if (!openStates.includes(request.state)) continue;
    open += 1;
    recipient.open += 1;
    // A request created "in the future" by a clock set ahead is 0 days old, not negative.
    const days = Math.max(0, Math.floor((now.getTime() - Date.parse(request.createdAt)) / dayMs));
    age[ageBucket(days)] += 1;
    if (!oldestOpen || days > oldestOpen.days) oldestOpen = { id: request.id, code: request.code, createdAt: request.createdAt, days, recipient: named(kind, organizationId, name) };
  }
  const byRecipient = [...recipients.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'fi'));
  return { total: requests.length, open, byState, byRecipient, age, oldestOpen };
}
