import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Text } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { ErrorMessage } from '../../components/error-message';
import { useCan } from '../../lib/auth';
import { localize } from '../../lib/localize';
import { linkTo, navigate, useSearchKeys } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { LiveBanner } from './live-banner';
import { MissingService } from './missing-service';
import { ProgressBar } from './progress-bar';
import { ServiceProposal } from './service-proposal';
import { useProposalActions } from './use-proposal-actions';
import './workshops.css';

/** The categories of services that surface in the article now (surfacing.md). */
const surfacingCategories = new Set(['ok', 'unreviewed', 'unwanted']);

/**
 * One article of a workshop as a participant goes through it: its surfacing services, each
 * with belongs / does not belong and a comment, a missing service, and the way on.
 */
export function ProposalView({ workshopId, articleId }: { workshopId: number; articleId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const keep = useSearchKeys(['region', 'compare']);
  const workshop = useQuery({ ...trpc.workshops.get.queryOptions({ id: workshopId }), refetchInterval: (q) => (q.state.data?.mode === 'live' ? 3000 : false) });
  const region = workshop.data?.region ?? '';
  const detail = useQuery({ ...trpc.articles.diff.queryOptions({ region, articleId }), enabled: region !== '' });
  const proposals = useQuery({ ...trpc.proposals.forArticle.queryOptions({ region, articleId }), enabled: region !== '' });
  const actions = useProposalActions();
  const mayPropose = useCan('propose', detail.data ? { topic: detail.data.article.topic, workshopIds: [workshopId] } : undefined);
  const title = detail.data ? localize(detail.data.article.title, i18n.language) : null;
  useEffect(() => {
    if (title) document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  const error = workshop.error ?? detail.error ?? proposals.error;
  if (error) return <ErrorMessage error={error} />;
  if (!workshop.data || !detail.data || !proposals.data) return <Text>{t('common.loading')}</Text>;
  const w = workshop.data;
  const index = w.articles.findIndex((a) => a.id === articleId);
  const previous = index > 0 ? w.articles[index - 1] : undefined;
  const next = index >= 0 ? w.articles[index + 1] : undefined;
  const nextUnreviewed = w.articles.find((a, i) => i !== index && a.myProposals === 0);
  const articleHref = (id: string) => linkTo(`/workshops/${w.id}/articles/${encodeURIComponent(id)}`, keep);
  const reviewed = w.articles.filter((a) => a.myProposals > 0).length;
  const items = detail.data.items.filter((item) => surfacingCategories.has(item.category));
  const mine = proposals.data.mine;
  const ownOn = (serviceId: string) => mine.find((p) => p.serviceId === serviceId);
  const disabled = !w.open || !mayPropose || actions.busy;
  const names = new Map(proposals.data.services.map((s) => [s.serviceId, s.service ? localize(s.service.name, i18n.language) : s.serviceId]));
  const base = { articleId, workshopId: w.participating || w.runs ? w.id : null };

  return (
    <article aria-labelledby="ws-article-heading" className="lp-workshops">
      <AppLink className="lp-back" href={linkTo(`/workshops/${w.id}`, keep)}>← {w.name}</AppLink>
      <Text className="lp-small lp-muted">{index >= 0 ? t('workshops.articleOf', { n: index + 1, total: w.articles.length }) : ''}</Text>
      <Heading variant="h1" id="ws-article-heading">{title}</Heading>
      <ProgressBar done={reviewed} total={w.articles.length} label={t('workshops.myProgress', { done: reviewed, total: w.articles.length })} />
      {w.mode === 'live' && !w.runs && w.liveArticleId !== articleId && <LiveBanner liveArticle={w.liveArticle} href={w.liveArticle ? articleHref(w.liveArticle.id) : null} />}
      {!w.open && <InlineAlert status="warning">{t('workshops.closedNotice')}</InlineAlert>}
      {w.open && !mayPropose && <InlineAlert status="neutral">{t('workshops.readOnlyNotice')}</InlineAlert>}
      {actions.set.error && <ErrorMessage error={actions.set.error} />}
      {actions.withdraw.error && <ErrorMessage error={actions.withdraw.error} />}

      <section aria-labelledby="ws-services-heading">
        <Heading variant="h2" id="ws-services-heading">{t('workshops.servicesHeading', { count: items.length })}</Heading>
        <Text className="lp-small lp-muted">{t('workshops.servicesHelp')}</Text>
        {items.length === 0 && <Text>{t('workshops.noServices')}</Text>}
        <ul className="lp-ws-services">
          {items.map((item) => (
            <ServiceProposal
              key={`${item.serviceId}:${ownOn(item.serviceId)?.updatedAt ?? ''}`}
              item={item}
              own={ownOn(item.serviceId)}
              disabled={disabled}
              onSet={(kind, comment) => actions.set.mutateAsync({ ...base, serviceId: item.serviceId, kind, comment: comment.trim() || null }).catch(() => undefined)}
              onWithdraw={(id) => actions.withdraw.mutateAsync({ id }).catch(() => undefined)}
            />
          ))}
        </ul>
      </section>
      <MissingService
        region={region}
        surfacing={new Set(items.map((i) => i.serviceId))}
        own={mine.filter((p) => p.kind === 'missing')}
        nameOf={(id) => names.get(id) ?? id}
        disabled={disabled}
        onPropose={(p) =>
          actions.set
            .mutateAsync('serviceId' in p ? { ...base, serviceId: p.serviceId, kind: 'missing' } : { ...base, kind: 'missing', missingText: p.missingText, comment: p.comment || null })
            .catch(() => undefined)
        }
        onWithdraw={(id) => actions.withdraw.mutateAsync({ id }).catch(() => undefined)}
      />
      <nav className="lp-ws-pager" aria-label={t('workshops.articleNavigation')}>
        {previous ? <AppLink href={articleHref(previous.id)}>← {t('workshops.previousArticle')}</AppLink> : <span />}
        {nextUnreviewed && w.open && mayPropose && <Button variant="secondary" onClick={() => navigate(articleHref(nextUnreviewed.id))}>{t('workshops.nextUnreviewed')}</Button>}
        {next ? <AppLink href={articleHref(next.id)}>{t('workshops.nextArticle')} →</AppLink> : <AppLink href={linkTo(`/workshops/${w.id}`, keep)}>{t('workshops.backToQueue')}</AppLink>}
      </nav>
    </article>
  );
}
