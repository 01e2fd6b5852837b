import type { TFunction } from 'i18next';
import type { RouterOutputs } from '../../lib/trpc';
import { localize } from '../../lib/localize';
import { changedRuleFields } from '../rules/rule-fields';

export type HistoryEvent = RouterOutputs['history']['list']['events'][number];

/** Names for what events refer to by id; each falls back to the id itself. */
export interface EventNames {
  service: (serviceId: string) => string;
  article: (articleId: string) => string;
}

/** One event as the timeline shows it: a sentence, and a second line with details when there are any. */
export interface EventText {
  sentence: string;
  detail: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

/**
 * A history event as a sentence in the UI language ("Leena merkitsi palvelun Perheneuvola
 * kuuluvaksi"). Kinds this UI does not know yet (added later on the server) still read as
 * who did what, with the kind's code, rather than vanishing from the timeline.
 */
export function describeEvent(event: HistoryEvent, t: TFunction, names: EventNames, language: string): EventText {
  const who = event.userName;
  // The server names the service from the catalogue; the caller's names cover what it cannot.
  const service = event.serviceName ? localize(event.serviceName, language) : event.serviceId ? names.service(event.serviceId) : '';
  const data = event.data;
  const after = data['after'] as { decision?: string } | null | undefined;
  const simple = (sentence: string, detail: string | null = null): EventText => ({ sentence, detail });
  switch (event.kind) {
    case 'decision.set':
      return simple(after?.decision === 'exclude' ? t('history.event.decisionExclude', { who, service }) : t('history.event.decisionInclude', { who, service }), text(data['after'] && (data['after'] as { note?: unknown }).note));
    case 'decision.cleared':
      return simple(t('history.event.decisionCleared', { who, service }));
    case 'decision.undone':
      return simple(t('history.event.decisionUndone', { who, service }));
    case 'proposal.set': {
      const kind = data['kind'];
      const missing = text(data['missingText']);
      const sentence =
        kind === 'not_belongs'
          ? t('history.event.proposalNotBelongs', { who, service })
          : kind === 'missing'
            ? t('history.event.proposalMissing', { who, service: service || missing || '' })
            : t('history.event.proposalBelongs', { who, service });
      return simple(sentence, text(data['comment']));
    }
    case 'proposal.withdrawn':
      return simple(t('history.event.proposalWithdrawn', { who, service }));
    case 'proposal.accepted':
      return simple(data['decision'] === 'exclude' ? t('history.event.proposalAcceptedExclude', { who, service }) : t('history.event.proposalAcceptedInclude', { who, service }));
    case 'flag.created': {
      const kind = text(data['itemKind']);
      const item = [kind ? t(`reasonKind.${kind}`) : null, text(data['itemValue'])].filter(Boolean).join(' ');
      return simple(t('history.event.flagCreated', { who, service, item }), text(data['reason']));
    }
    case 'flag.withdrawn':
      return simple(t('history.event.flagWithdrawn', { who, service }));
    case 'request.created':
      return simple(t('history.event.requestCreated', { who, name: localize(data['name'] as Record<string, string> | undefined, language) }));
    case 'comment.added':
      return simple(service ? t('history.event.commentAddedService', { who, service }) : t('history.event.commentAdded', { who }), text(data['body']));
    case 'signoff.signed_off':
      return simple(t('history.event.signedOff', { who }), text(data['comment']));
    case 'signoff.sent_back':
      return simple(t('history.event.sentBack', { who }), text(data['comment']));
    case 'rule.changed': {
      const fields = changedRuleFields(data['before'], data['after']).map((field) => t(`rules.field.${field}`));
      return simple(t('history.event.ruleChanged', { who }), fields.length > 0 ? t('history.changedFields', { fields: fields.join(', ') }) : null);
    }
    case 'import.catalogue':
      return simple(
        typeof data['snapshotId'] === 'number' ? t('history.event.importCatalogue', { snapshot: data['snapshotId'] }) : t('history.event.importOrganizations'),
        t('history.importCounts', { services: count(data['services']), organizations: count(data['organizations']) }),
      );
    case 'import.articles':
      return simple(t('history.event.importArticles', { count: count(data['rulesChangedCount']) }), t('history.importArticleCounts', { created: count(data['created']), updated: count(data['updated']) }));
    case 'import.decisions':
      return simple(t('history.event.importDecisions', { count: count(data['decisions']) }));
    case 'workshop.moved':
      return simple(t('history.event.workshopMoved', { who }));
    case 'changeRequest.created':
    case 'changeRequest.changed':
    case 'changeRequest.moved':
    case 'changeRequest.articlesAdded':
    case 'changeRequest.sent':
    case 'changeRequest.verified':
    case 'changeRequest.checked':
    case 'export.requests':
      return describeRequestEvent(event.kind, who, data, t, language);
    default:
      return simple(t('history.event.other', { who, kind: event.kind }));
  }
}

const listLength = (value: unknown): number => (Array.isArray(value) ? value.length : count(value));

/** Change request and export events: the request's code, and what moved, went out or was verified. */
function describeRequestEvent(kind: string, who: string, data: Record<string, unknown>, t: TFunction, language: string): EventText {
  const code = text(data['code']) ?? '';
  const state = (value: unknown) => (typeof value === 'string' ? t(`changeRequests.state.${value}`) : '');
  switch (kind) {
    case 'changeRequest.created':
      return { sentence: t('history.event.requestMade', { who, code }), detail: text(data['importedFrom']) };
    case 'changeRequest.changed': {
      const fields = Array.isArray(data['changed']) ? data['changed'].filter((f): f is string => typeof f === 'string').map((f) => t(`history.requestField.${f}`, { defaultValue: f })) : [];
      return { sentence: t('history.event.requestChanged', { who, code }), detail: fields.length > 0 ? t('history.changedFields', { fields: fields.join(', ') }) : null };
    }
    case 'changeRequest.moved':
      return { sentence: t('history.event.requestMoved', { who, code, to: state(data['to']) }), detail: text(data['note']) };
    case 'changeRequest.articlesAdded':
      return { sentence: t('history.event.requestArticlesAdded', { who, code, count: listLength(data['added']) }), detail: null };
    case 'changeRequest.sent': {
      const recipient = data['recipient'] as { name?: unknown; label?: Record<string, string> | null } | null | undefined;
      const name = (recipient?.label ? localize(recipient.label, language) : '') || (text(recipient?.name) ?? '');
      return { sentence: t('history.event.requestSent', { who, code, recipient: name }), detail: text(data['format']) };
    }
    case 'changeRequest.verified':
      return { sentence: t('history.event.requestVerified', { code, snapshot: data['snapshotId'] ?? '–' }), detail: null };
    case 'changeRequest.checked':
      return { sentence: t('history.event.requestsChecked', { count: count(data['checked']), verified: listLength(data['verified']) }), detail: null };
    default:
      return {
        sentence: t('history.event.requestsExported', { who, count: count(data['requestCount']), file: text(data['fileName']) ?? '' }),
        detail: t('history.markedSent', { count: count(data['markedSent']) }),
      };
  }
}
