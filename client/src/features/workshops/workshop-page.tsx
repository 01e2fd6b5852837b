import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph, Text } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { ErrorMessage } from '../../components/error-message';
import { useCan } from '../../lib/auth';
import { localize } from '../../lib/localize';
import { linkTo, navigate, useSearchKeys } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { LiveBanner } from './live-banner';
import { ProgressBar } from './progress-bar';
import { WorkshopFacts } from './workshop-facts';
import { WorkshopStats } from './workshop-stats';
import './workshops.css';

/**
 * A workshop's own page: for a participant the queue of its articles with their progress,
 * the deadline and "next unreviewed"; for those who run it, participation and the live screen.
 */
export function WorkshopPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const keep = useSearchKeys(['region', 'compare']);
  const canManage = useCan('manageWorkshops');
  // A live session moves on its own: follow it.
  const workshop = useQuery({ ...trpc.workshops.get.queryOptions({ id }), refetchInterval: (q) => (q.state.data?.mode === 'live' ? 3000 : false) });
  if (workshop.error) return <ErrorMessage error={workshop.error} />;
  if (!workshop.data) return <Text>{t('common.loading')}</Text>;
  const w = workshop.data;
  const reviewed = w.articles.filter((a) => a.myProposals > 0).length;
  const nextUnreviewed = w.articles.find((a) => a.myProposals === 0);
  const articleHref = (articleId: string) => linkTo(`/workshops/${w.id}/articles/${encodeURIComponent(articleId)}`, keep);
  const proposes = w.participating || w.runs;

  return (
    <article aria-labelledby="ws-heading" className="lp-workshops">
      <AppLink className="lp-back" href={linkTo('/workshops', keep)}>← {t('workshops.backToList')}</AppLink>
      <div className="lp-ws-titlebar">
        <Heading variant="h1" id="ws-heading">{w.name}</Heading>
        <div className="lp-actions">
          {w.runs && w.mode === 'live' && <Button onClick={() => navigate(linkTo(`/workshops/${w.id}/live`, keep))}>{t('workshops.openLive')}</Button>}
          {canManage && <AppLink href={linkTo(`/workshops/${w.id}/edit`, keep)}>{t('workshops.edit')}</AppLink>}
        </div>
      </div>
      <WorkshopFacts workshop={w}>
        <dt>{t('workshops.participants')}</dt>
        <dd>{w.participants.map((p) => p.name).join(', ') || '–'}</dd>
      </WorkshopFacts>
      {w.mode === 'live' && !w.runs && <LiveBanner liveArticle={w.liveArticle} href={w.liveArticle ? articleHref(w.liveArticle.id) : null} />}
      {!w.open && <InlineAlert status="warning">{t('workshops.closedNotice')}</InlineAlert>}

      <section aria-labelledby="ws-queue-heading" className="lp-panel lp-ws-section">
        <Heading variant="h2" id="ws-queue-heading">{t('workshops.queueHeading')}</Heading>
        {proposes && <Paragraph className="lp-small lp-muted">{t('workshops.queueHelp')}</Paragraph>}
        <ProgressBar done={reviewed} total={w.articles.length} label={t('workshops.myProgress', { done: reviewed, total: w.articles.length })} />
        {proposes && w.open && (nextUnreviewed ? (
          <Button onClick={() => navigate(articleHref(nextUnreviewed.id))}>{t('workshops.nextUnreviewed')}</Button>
        ) : (
          w.articles.length > 0 && <Text>{t('workshops.allReviewed')}</Text>
        ))}
        <ol className="lp-ws-queue">
          {w.articles.map((a) => (
            <li key={a.id} className={a.myProposals > 0 ? 'lp-ws-done' : undefined}>
              <AppLink href={articleHref(a.id)}>{a.title ? localize(a.title, i18n.language) : a.id}</AppLink>
              {w.liveArticleId === a.id && <span className="lp-ws-tag">{t('workshops.liveNow')}</span>}
              <span className="lp-small lp-muted">
                {a.myProposals > 0 ? t('workshops.reviewedWith', { count: a.myProposals }) : t('workshops.notReviewed')}
              </span>
            </li>
          ))}
        </ol>
      </section>
      {w.seesParticipation && <WorkshopStats id={w.id} />}
    </article>
  );
}
