import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime } from '../../lib/format-date';
import { localize } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { useCan } from '../../lib/auth';
import { MakeRequestButton } from '../change-requests/make-request-button';

/** Requested new service descriptions, Finnish and Swedish side by side. */
export function RequestsList() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { region } = useWorkbenchParams();
  const requests = useQuery(trpc.descriptionRequests.list.queryOptions({ region }));
  const mayRequest = useCan('manageRequests');
  return (
    <section aria-labelledby="requests-heading">
      <Heading variant="h1" id="requests-heading">{t('requests.heading')}</Heading>
      {requests.error && <ErrorMessage error={requests.error} />}
      {requests.data?.length === 0 && <Text>{t('requests.none')}</Text>}
      <ul className="lp-cards" data-testid="requests-list">
        {(requests.data ?? []).map((r) => (
          <li key={r.id} className="lp-panel">
            <p className="lp-small lp-muted">#{r.id} · {r.organizationName} · {r.createdBy} · {formatDateTime(r.createdAt, i18n.language)}</p>
            <div className="lp-two-columns">
              {(['fi', 'sv'] as const).map((lang) => (
                <div key={lang} lang={lang}>
                  <Heading variant="h3" as="h2">{r.name[lang]}</Heading>
                  <p><strong>{r.summary[lang]}</strong></p>
                  <p className="lp-comment-body">{r.description[lang]}</p>
                </div>
              ))}
            </div>
            <p className="lp-small">
              {t('requests.articles', { count: r.articles.length })}: {r.articles.map((a) => localize(a.title, i18n.language)).join(', ')}
            </p>
            {mayRequest && <MakeRequestButton region={region} source={{ descriptionRequestId: r.id }} label={t('changeRequests.make.fromDescription')} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
