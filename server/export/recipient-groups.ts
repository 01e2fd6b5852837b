import type { Recipient } from '../../shared/domain/change-request';
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

/** One key per recipient: DigiFinland and the county are one each, every organisation its own. */
export function recipientKey(recipient: Pick<Recipient, 'kind' | 'organizationId'>): string {
  return recipient.kind === 'organization' ? `organization:${recipient.organizationId ?? ''}` : recipient.kind;
}

const kindOrder: Record<Recipient['kind'], number> = { digifinland: 0, county: 1, organization: 2 };

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
  for (const group of list) group.requests.sort((a, b) => a.code.localeCompare(b.code));
  return list.sort((a, b) => kindOrder[a.recipient.kind] - kindOrder[b.recipient.kind] || a.recipient.name.localeCompare(b.recipient.name, 'fi'));
}
