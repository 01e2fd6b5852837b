import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import type { RouterOutputs } from '../../lib/trpc';
import { formatDateTime } from '../../lib/format-date';
import { describeEvent, type EventNames } from '../history/describe-event';
import '../history/history.css';

type StoredEvent = RouterOutputs['changeRequests']['get']['history'][number];

/**
 * A request's timeline, newest first, in the history feature's words. The request's answer
 * carries its events (not the history list's pages), so only the sentences are reused here.
 */
export function RequestHistory({ events, names }: { events: readonly StoredEvent[]; names: EventNames }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="lp-panel" aria-labelledby="cr-history-heading">
      <Heading variant="h3" as="h2" id="cr-history-heading">{t('changeRequests.detail.history')}</Heading>
      <ol className="lp-timeline" data-testid="request-history">
        {events.map((event) => {
          const { sentence, detail } = describeEvent({ ...event, serviceName: null }, t, names, i18n.language);
          return (
            <li key={event.id}>
              <span className="lp-timeline-sentence">{sentence}</span>
              <span className="lp-small lp-muted">
                <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time>
              </span>
              {detail && <span className="lp-timeline-detail">{detail}</span>}
            </li>
          );
        })}
        {events.length === 0 && <li className="lp-muted">{t('changeRequests.detail.noHistory')}</li>}
      </ol>
    </section>
  );
}
