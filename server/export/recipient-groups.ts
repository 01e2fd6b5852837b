import { recipientKey, type Recipient } from '../../shared/domain/change-request';
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import type { ExportLanguage } from './export-words';

/** What every exporter is told about the export besides the requests. */
export interface ExportMeta {
  region: { code: string; name: { fi: string; sv: string } };
  /** ISO time of the export. */
  exportedAt: string;
  /** The person exporting (their name). */
  exportedBy: string;
  /** The language of letters; spreadsheets carry both. */
  language: ExportLanguage;
}

export interface RecipientRequests {
  recipient: Recipient;
  requests: ChangeRequestView[];
}

const kindOrder: Record<Recipient['kind'], number> = { digifinland: 0, county: 1, organization: 2 };

const newestFirst = (a: ChangeRequestView, b: ChangeRequestView): number => b.updatedAt.localeCompare(a.updatedAt) || b.code.localeCompare(a.code);

/**
 * The recipient as its requests name it now: the most recently changed request's, with the
 * newest e-mail any of them has (an address added to one request reaches the whole letter).
 */
function currentRecipient(group: RecipientRequests): Recipient {
  const byAge = [...group.requests].sort(newestFirst);
  const email = byAge.find((view) => view.recipient.email)?.recipient.email ?? null;
  return { ...(byAge[0]?.recipient ?? group.recipient), email };
}

/** Requests by recipient: DigiFinland, the county, then organisations by name; requests by code. */
export function groupByRecipient(views: readonly ChangeRequestView[]): RecipientRequests[] {
  const groups = new Map<string, RecipientRequests>();
  for (const view of views) {
    const key = recipientKey(view.recipient);
    const group = groups.get(key) ?? { recipient: view.recipient, requests: [] };
    group.requests.push(view);
    groups.set(key, group);
  }
  const list = [...groups.values()];
  for (const group of list) {
    group.recipient = currentRecipient(group);
    group.requests.sort((a, b) => a.code.localeCompare(b.code));
  }
  return list.sort((a, b) => kindOrder[a.recipient.kind] - kindOrder[b.recipient.kind] || a.recipient.name.localeCompare(b.recipient.name, 'fi'));
}
