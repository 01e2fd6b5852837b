import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime } from '../../lib/format-date';
import { useTRPC } from '../../lib/trpc';

/** Who has reviewed how many of the workshop's articles, and with how many proposals; those not started show too. */
export function WorkshopStats({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const stats = useQuery({ ...trpc.workshops.stats.queryOptions({ id }), refetchInterval: 30_000 });
  return (
    <section aria-labelledby="ws-stats-heading" className="lp-panel">
      <Heading variant="h2" id="ws-stats-heading">{t('workshops.statsHeading')}</Heading>
      {stats.error && <ErrorMessage error={stats.error} />}
      {stats.data && (
        <>
          <Text>
            {t('workshops.statsTotals', {
              started: stats.data.totals.started,
              participants: stats.data.totals.participants,
              proposals: stats.data.totals.proposals,
              articles: stats.data.totals.articlesWithProposals,
              total: stats.data.totals.articles,
            })}
          </Text>
          <table className="lp-ws-stats">
            <caption className="lp-visually-hidden">{t('workshops.statsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workshops.statsPerson')}</th>
                <th scope="col">{t('workshops.statsArticles')}</th>
                <th scope="col">{t('workshops.statsProposals')}</th>
                <th scope="col">{t('workshops.statsLast')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.data.participants.map((p) => {
                const share = stats.data.totals.articles === 0 ? 0 : Math.round((p.articlesReviewed / stats.data.totals.articles) * 100);
                return (
                  <tr key={p.userId}>
                    <th scope="row">{p.userName}</th>
                    <td>
                      <span className="lp-ws-cellbar">
                        {p.articlesReviewed}/{stats.data.totals.articles}
                        <span className="lp-ws-bar" aria-hidden="true"><span style={{ width: `${share}%` }} /></span>
                      </span>
                    </td>
                    <td>{p.proposals}</td>
                    <td>{p.lastActivity ? formatDateTime(p.lastActivity, i18n.language) : t('workshops.statsNotStarted')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
