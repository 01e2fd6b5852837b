import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { localize, type Localized } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';
import { HistoryTimeline } from './history-timeline';

/** A service's timeline across articles (catalogue service detail): each event says which article. */
export function ServiceHistory({ region, serviceId, serviceName }: { region: string; serviceId: string; serviceName: Localized }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  // Article titles come from the region's article list, which the workbench has usually loaded already.
  const list = useQuery(trpc.articles.list.queryOptions({ region }));
  const titles = new Map((list.data?.articles ?? []).map((a) => [a.id, a.title] as const));
  const names = {
    service: (id: string) => (id === serviceId ? localize(serviceName, i18n.language) : id) || id,
    article: (id: string) => localize(titles.get(id), i18n.language) || id,
  };
  return (
    <section aria-labelledby="service-history-heading" data-testid="service-history">
      <Heading variant="h3" as="h3" id="service-history-heading">{t('history.serviceHeading')}</Heading>
      <HistoryTimeline key={serviceId} filter={{ serviceId }} names={names} showArticle />
    </section>
  );
}
