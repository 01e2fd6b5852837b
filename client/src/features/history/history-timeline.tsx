import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime } from '../../lib/format-date';
import { useTRPC } from '../../lib/trpc';
import { describeEvent, type EventNames } from './describe-event';
import './history.css';

/** Events asked for at a time; "show older" asks for the next page. */
const pageSize = 20;

/**
 * A timeline of the append-only history, newest first: of one article or of one service.
 * Pages are kept as the ids they start below, so refetching after a write (new events on
 * top) leaves the older pages as they were: nothing is shown twice or skipped.
 */
export function HistoryTimeline({ filter, names, showArticle }: { filter: { articleId: string } | { serviceId: string }; names: EventNames; showArticle?: boolean }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [pageStarts, setPageStarts] = useState<(number | null)[]>([null]);
  const pages = useQueries({
    queries: pageStarts.map((beforeId) => trpc.history.list.queryOptions({ ...filter, beforeId, limit: pageSize })),
  });
  const error = pages.find((p) => p.error)?.error;
  const events = pages.flatMap((p) => p.data?.events ?? []);
  const last = pages[pages.length - 1];
  const nextBeforeId = last?.data?.nextBeforeId ?? null;
  if (error) return <ErrorMessage error={error} />;
  if (!pages[0]?.data) return <Text>{t('common.loading')}</Text>;
  return (
    <>
      <ol className="lp-timeline" data-testid="history-timeline">
        {events.map((event) => {
          const { sentence, detail } = describeEvent(event, t, names, i18n.language);
          return (
            <li key={event.id}>
              <span className="lp-timeline-sentence">{sentence}</span>
              <span className="lp-small lp-muted">
                <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time>
                {showArticle && event.articleId && ` · ${t('history.inArticle', { title: names.article(event.articleId) })}`}
              </span>
              {detail && <span className="lp-timeline-detail">{detail}</span>}
            </li>
          );
        })}
        {events.length === 0 && <li className="lp-muted">{t('history.none')}</li>}
      </ol>
      {nextBeforeId !== null && (
        <Button variant="secondaryNoBorder" disabled={last?.isFetching} onClick={() => setPageStarts((starts) => [...starts, nextBeforeId])}>
          {t('history.more')}
        </Button>
      )}
    </>
  );
}
