import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import { Button, Heading, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { keywordLabel, useCodeLabels } from '../../lib/code-labels';
import { localize } from '../../lib/localize';
import { linkTo, useSearchParams } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { ServiceHistory } from '../history/service-history';

/** One service: texts in fi and sv, owner, keywords and classes, the articles it surfaces in with why, and its history. */
export function ServiceDetail({ region, serviceId, onClose }: { region: string; serviceId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [search] = useSearchParams();
  const codeLabel = useCodeLabels(i18n.language);
  const detail = useQuery(trpc.services.detail.queryOptions({ region, serviceId }));
  if (detail.error) return <ErrorMessage error={detail.error} />;
  if (!detail.data) return <Text>{t('common.loading')}</Text>;
  const { service, summary, articles } = detail.data;
  return (
    <section className="lp-panel" aria-labelledby="service-heading" data-testid="service-detail">
      <div className="lp-scope-heading">
        <Heading variant="h2" id="service-heading">{localize(service.name, i18n.language)}</Heading>
        <Button variant="secondaryNoBorder" onClick={onClose}>{t('common.close')}</Button>
      </div>
      <dl className="lp-facts">
        {(['fi', 'sv'] as const).map((lang) => (
          <div key={lang}>
            <dt>{t('catalogue.nameIn', { lang: t(`language.${lang}`) })}</dt>
            <dd lang={lang}>{service.name[lang] ?? <em className="lp-missing">{t('catalogue.missingText')}</em>}</dd>
            <dt>{t('catalogue.summaryIn', { lang: t(`language.${lang}`) })}</dt>
            <dd lang={lang}>{service.summary[lang] ?? <em className="lp-missing">{t('catalogue.missingText')}</em>}</dd>
          </div>
        ))}
        <dt>{t('catalogue.organization')}</dt>
        <dd>{localize(summary.organizationName, i18n.language)}</dd>
        <dt>{t('reasonKind.keywords')}</dt>
        <dd>{service.keywords.map((k) => keywordLabel(k, service.keywordLabels, i18n.language)).join(', ') || '—'}</dd>
        <dt>{t('reasonKind.serviceClasses')}</dt>
        <dd>{service.serviceClasses.map((c) => codeLabel('serviceClasses', c)).join(', ') || '—'}</dd>
        <dt>{t('reasonKind.targetGroups')}</dt>
        <dd>{service.targetGroups.map((c) => codeLabel('targetGroups', c)).join(', ') || '—'}</dd>
      </dl>
      <Heading variant="h3" as="h3">{t('catalogue.surfacesIn', { count: articles.length })}</Heading>
      <ul className="lp-plain-list">
        {articles.map((a) => {
          const href = linkTo(`/articles/${encodeURIComponent(a.articleId)}`, search);
          const why = [
            ...a.reasons.keywords.map((k) => keywordLabel(k, service.keywordLabels, i18n.language)),
            ...a.reasons.serviceClasses.map((c) => codeLabel('serviceClasses', c)),
            ...a.reasons.targetGroups.map((c) => codeLabel('targetGroups', c)),
            ...a.reasons.lifeEvents.map((c) => codeLabel('lifeEvents', c)),
          ];
          return (
            <li key={a.articleId}>
              <AppLink href={href}>{localize(a.title, i18n.language)}</AppLink>
              <span className="lp-muted lp-small"> — {a.reasons.pinned ? t('review.pinned') : why.join(', ')}</span>
            </li>
          );
        })}
      </ul>
      <ServiceHistory region={region} serviceId={serviceId} serviceName={service.name} />
    </section>
  );
}
