import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { changeRequestStates, type ChangeRequestState } from '../../../../shared/domain/change-request';
import type { RequestListView } from '../../../../shared/schemas/change-requests-api';
import { recipientKey } from './request-filters';
import { recipientText } from './request-words';
import { StateBadge } from './state-badge';

/**
 * Counts by state (chips that toggle the state filter) and by recipient (DigiFinland, the
 * county, each organisation: a compact list that filters to one).
 */
export function RequestSummary({
  list,
  states,
  recipient,
  onStates,
  onRecipient,
}: {
  list: RequestListView | undefined;
  states: readonly ChangeRequestState[];
  recipient: string;
  onStates: (states: ChangeRequestState[]) => void;
  onRecipient: (key: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const total = list?.requests.length ?? 0;
  const toggle = (state: ChangeRequestState) => onStates(states.includes(state) ? states.filter((s) => s !== state) : [...states, state]);
  const recipients = [...(list?.recipients ?? [])].sort((a, b) => b.total - a.total || a.recipient.name.localeCompare(b.recipient.name, 'fi'));
  return (
    <>
      <section className="lp-panel" aria-labelledby="cr-by-state">
        <Heading variant="h3" as="h2" id="cr-by-state">{t('changeRequests.summary.byState')}</Heading>
        <ul className="lp-cr-chips">
          <li>
            <button type="button" className="lp-cr-chip" aria-pressed={states.length === 0} onClick={() => onStates([])}>
              {t('changeRequests.summary.allStates')} <span className="lp-cr-count">{total}</span>
            </button>
          </li>
          {changeRequestStates.map((state) => (
            <li key={state}>
              <button type="button" className="lp-cr-chip" aria-pressed={states.includes(state)} onClick={() => toggle(state)} data-testid={`state-chip-${state}`}>
                <StateBadge state={state} /> <span className="lp-cr-count">{list?.byState[state] ?? 0}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="lp-panel" aria-labelledby="cr-by-recipient">
        <Heading variant="h3" as="h2" id="cr-by-recipient">{t('changeRequests.summary.byRecipient')}</Heading>
        <ul className="lp-cr-recipients" data-testid="recipient-counts">
          <li>
            <button type="button" className="lp-link-button" aria-current={recipient === '' ? 'true' : undefined} onClick={() => onRecipient(null)}>
              {t('changeRequests.summary.allRecipients')}
            </button>
            <span className="lp-cr-count">{total}</span>
          </li>
          {recipients.map((group) => {
            const key = recipientKey(group.recipient);
            return (
              <li key={key}>
                <button type="button" className="lp-link-button" aria-current={recipient === key ? 'true' : undefined} onClick={() => onRecipient(recipient === key ? null : key)}>
                  {recipientText(group.recipient, t, group.recipientLabel, i18n.language)}
                </button>
                <span className="lp-cr-count">{group.total}</span>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
