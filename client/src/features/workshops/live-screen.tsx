import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Text } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { ErrorMessage } from '../../components/error-message';
import { localize } from '../../lib/localize';
import { linkTo, useSearchKeys } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import './workshops.css';

const surfacingCategories = new Set(['ok', 'unreviewed', 'unwanted']);
const pollMs = 3000;

/**
 * The facilitator's screen for a live workshop, made for a projector: the current article in
 * large type, its services with the proposals coming in, and previous / next for everyone.
 */
export function LiveScreen({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keep = useSearchKeys(['region', 'compare']);
  const workshop = useQuery({ ...trpc.workshops.get.queryOptions({ id }), refetchInterval: pollMs });
  const move = useMutation(trpc.workshops.moveLive.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.workshops.pathKey() }) }));
  const w = workshop.data;
  const current = w?.liveArticleId ?? null;
  const region = w?.region ?? '';
  const detail = useQuery({ ...trpc.articles.diff.queryOptions({ region, articleId: current ?? '' }), enabled: current !== null && region !== '' });
  const proposals = useQuery({ ...trpc.proposals.forArticle.queryOptions({ region, articleId: current ?? '' }), enabled: current !== null && region !== '', refetchInterval: pollMs });

  if (workshop.error) return <ErrorMessage error={workshop.error} />;
  if (!w) return <Text>{t('common.loading')}</Text>;
  const back = <AppLink className="lp-back" href={linkTo(`/workshops/${w.id}`, keep)}>← {w.name}</AppLink>;
  if (!w.runs) return <>{back}<InlineAlert status="neutral">{t('workshops.liveOnlyFacilitator')}</InlineAlert></>;
  const index = current === null ? -1 : w.articles.findIndex((a) => a.id === current);
  const goTo = (i: number) => {
    const target = w.articles[i];
    if (target) move.mutate({ id: w.id, articleId: target.id });
  };
  const counts = new Map((proposals.data?.services ?? []).map((s) => [s.serviceId, s.counts]));
  const items = (detail.data?.items ?? []).filter((item) => surfacingCategories.has(item.category));
  // Missing services proposed from the catalogue are not among the surfacing ones; show them too.
  const missing = (proposals.data?.services ?? []).filter((s) => !items.some((i) => i.serviceId === s.serviceId));

  return (
    <article className="lp-ws-live" aria-labelledby="ws-live-heading">
      {back}
      <Text className="lp-ws-live-meta">{index >= 0 ? t('workshops.articleOf', { n: index + 1, total: w.articles.length }) : t('workshops.liveNotStarted')}</Text>
      <Heading variant="h1" id="ws-live-heading" aria-live="polite">
        {detail.data ? localize(detail.data.article.title, i18n.language) : index >= 0 ? w.articles[index]!.id : w.name}
      </Heading>
      {move.error && <ErrorMessage error={move.error} />}
      <div className="lp-actions lp-ws-live-controls">
        <Button variant="secondary" disabled={move.isPending || index <= 0} onClick={() => goTo(index - 1)}>← {t('workshops.previousArticle')}</Button>
        {index < 0 ? (
          <Button disabled={move.isPending || w.articles.length === 0} onClick={() => goTo(0)}>{t('workshops.liveStart')}</Button>
        ) : (
          <Button disabled={move.isPending || index >= w.articles.length - 1} onClick={() => goTo(index + 1)}>{t('workshops.nextArticle')} →</Button>
        )}
        {index >= 0 && <Button variant="secondaryNoBorder" disabled={move.isPending} onClick={() => move.mutate({ id: w.id, articleId: null })}>{t('workshops.liveEnd')}</Button>}
      </div>
      {index >= 0 && (
        <table className="lp-ws-live-table">
          <caption className="lp-visually-hidden">{t('workshops.liveCountsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshops.service')}</th>
              <th scope="col">{t('workshops.belongs')}</th>
              <th scope="col">{t('workshops.notBelongs')}</th>
              <th scope="col">{t('workshops.missing')}</th>
            </tr>
          </thead>
          <tbody>
            {[...items.map((i) => ({ serviceId: i.serviceId, service: i.service })), ...missing.map((s) => ({ serviceId: s.serviceId, service: s.service }))].map((row) => {
              const c = counts.get(row.serviceId) ?? { belongs: 0, not_belongs: 0, missing: 0 };
              return (
                <tr key={row.serviceId}>
                  <th scope="row">
                    {row.service ? localize(row.service.name, i18n.language) : row.serviceId}
                    {row.service && <span className="lp-small lp-muted"> · {localize(row.service.organizationName, i18n.language)}</span>}
                  </th>
                  <td>{c.belongs}</td>
                  <td>{c.not_belongs}</td>
                  <td>{c.missing}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {(proposals.data?.missingInWords.length ?? 0) > 0 && (
        <>
          <Heading variant="h2">{t('workshops.missingInWords')}</Heading>
          <ul>
            {proposals.data!.missingInWords.map((p) => (
              <li key={p.id}>{p.missingText} <span className="lp-muted">({p.userName})</span></li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
