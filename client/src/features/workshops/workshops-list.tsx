import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Text } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { ErrorMessage } from '../../components/error-message';
import { useCan } from '../../lib/auth';
import { linkTo, navigate, useSearchKeys } from '../../lib/router';
import { useTRPC, type RouterOutputs } from '../../lib/trpc';
import { ProgressBar } from './progress-bar';
import { WorkshopFacts } from './workshop-facts';
import './workshops.css';

type WorkshopSummary = RouterOutputs['workshops']['list'][number];

/** Workshops as cards: when, how, until when, and how far the signed-in person has got. */
export function WorkshopsList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const keep = useSearchKeys(['region', 'compare']);
  const list = useQuery(trpc.workshops.list.queryOptions());
  const canManage = useCan('manageWorkshops');
  return (
    <section aria-labelledby="workshops-heading" className="lp-workshops">
      <div className="lp-ws-titlebar">
        <Heading variant="h1" id="workshops-heading">{t('workshops.heading')}</Heading>
        {canManage && <Button onClick={() => navigate(linkTo('/workshops/new', keep))}>{t('workshops.create')}</Button>}
      </div>
      <Paragraph className="lp-muted">{t('workshops.intro')}</Paragraph>
      {list.error && <ErrorMessage error={list.error} />}
      {!list.data && !list.error && <Text>{t('common.loading')}</Text>}
      {list.data?.length === 0 && <Paragraph>{canManage ? t('workshops.noneYetManager') : t('workshops.noneYet')}</Paragraph>}
      <ul className="lp-ws-cards">
        {list.data?.map((w) => <WorkshopCard key={w.id} workshop={w} canManage={canManage} keep={keep} />)}
      </ul>
    </section>
  );
}

function WorkshopCard({ workshop: w, canManage, keep }: { workshop: WorkshopSummary; canManage: boolean; keep: URLSearchParams }) {
  const { t } = useTranslation();
  const headingId = `ws-${w.id}-name`;
  return (
    <li>
      <article className="lp-ws-card" aria-labelledby={headingId}>
        <Heading variant="h3" as="h2" id={headingId}>
          <AppLink href={linkTo(`/workshops/${w.id}`, keep)}>{w.name}</AppLink>
        </Heading>
        <WorkshopFacts workshop={w}>
          <dt>{t('workshops.topics')}</dt>
          <dd>{w.topics.join(', ') || '–'}</dd>
        </WorkshopFacts>
        {w.participating ? (
          <ProgressBar done={w.counts.reviewedByMe} total={w.counts.articles} label={t('workshops.myProgress', { done: w.counts.reviewedByMe, total: w.counts.articles })} />
        ) : (
          <Text className="lp-small">{t('workshops.countsLine', { articles: w.counts.articles, participants: w.counts.participants, proposals: w.counts.proposals })}</Text>
        )}
        {canManage && (
          <p className="lp-small">
            <AppLink href={linkTo(`/workshops/${w.id}/edit`, keep)} aria-label={t('workshops.editNamed', { name: w.name })}>{t('workshops.edit')}</AppLink>
          </p>
        )}
      </article>
    </li>
  );
}
