import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading, Text } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { ErrorMessage } from '../../components/error-message';
import { useAreaLabel } from '../../lib/area-label';
import { localize } from '../../lib/localize';
import { linkTo, useSearchKeys } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { itemText, typeText } from './request-words';
import { StateBadge } from './state-badge';

/** The change requests that concern one article, for its review page's side column. */
export function ArticleRequests({ region, articleId }: { region: string; articleId: string }) {
  const { t, i18n } = useTranslation();
  const areaLabel = useAreaLabel();
  const trpc = useTRPC();
  const keep = useSearchKeys(['region', 'compare']);
  const list = useQuery(trpc.changeRequests.list.queryOptions({ region, articleId }));
  const requests = list.data?.requests ?? [];
  return (
    <section className="lp-panel" aria-labelledby="cr-article-heading" data-testid="article-requests">
      <Heading variant="h3" as="h2" id="cr-article-heading">{t('changeRequests.article.heading')}</Heading>
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && requests.length === 0 && <Text className="lp-muted lp-small">{t('changeRequests.article.none')}</Text>}
      <ul className="lp-plain-list">
        {requests.map((r) => (
          <li key={r.id}>
            <AppLink href={linkTo(`/change-requests/${r.id}`, keep)}>{r.code}</AppLink> <StateBadge state={r.state} />
            <div className="lp-small">{typeText(r.type, t)}</div>
            {(r.serviceName || r.itemKind) && (
              <div className="lp-small lp-muted">{[localize(r.serviceName, i18n.language), itemText(r, t, i18n.language, areaLabel)].filter(Boolean).join(' · ')}</div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
