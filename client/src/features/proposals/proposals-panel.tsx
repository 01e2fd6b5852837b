import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { useCan } from '../../lib/auth';
import { formatDateTime } from '../../lib/format-date';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { ProposalCountsRow, type ServiceProposals } from './proposal-counts-row';
import './proposals.css';

/**
 * Workshop proposals on this article, counted per service side by side; those who decide on
 * the article take a clear majority into the approved list, one service or all at once.
 */
export function ProposalsPanel({ region, articleId }: { region: string; articleId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { compare } = useWorkbenchParams();
  const proposals = useQuery(trpc.proposals.forArticle.queryOptions({ region, articleId }));
  // The same query the article view makes, so it is read from the cache.
  const detail = useQuery(trpc.articles.diff.queryOptions({ region, articleId, compareSnapshot: compare }));
  const [done, setDone] = useState<string | null>(null);
  const mayDecide = useCan('decide', proposals.data ? { topic: proposals.data.topic, workshopIds: proposals.data.workshopIds } : undefined);
  const accept = useMutation(
    trpc.proposals.accept.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.articles.diff.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.articles.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.proposals.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.history.pathKey() }),
        ]),
    }),
  );
  if (proposals.error) return <ErrorMessage error={proposals.error} />;
  const data = proposals.data;
  if (!data || (data.services.length === 0 && data.missingInWords.length === 0)) return null;

  const decisionOf = (serviceId: string) => detail.data?.items.find((i) => i.serviceId === serviceId)?.decision?.decision ?? null;
  // Worth accepting: open proposals with a majority the approved list does not already have.
  const acceptable = (s: ServiceProposals) => s.open > 0 && s.majority !== null && s.majority !== decisionOf(s.serviceId);
  const ready = data.services.filter(acceptable);
  const take = (services: readonly ServiceProposals[]) => {
    if (!detail.data || services.length === 0) return;
    setDone(null);
    accept.mutate(
      { region, articleId, baseVersion: detail.data.decisionsVersion, decisions: services.map((s) => ({ serviceId: s.serviceId, decision: s.majority! })) },
      { onSuccess: () => setDone(t('proposals.acceptedCount', { count: services.length })) },
    );
  };

  return (
    <section className="lp-panel lp-proposals" aria-labelledby="proposals-heading">
      <Heading variant="h3" as="h2" id="proposals-heading">{t('proposals.heading')}</Heading>
      <Text className="lp-small lp-muted">{t('proposals.help')}</Text>
      {accept.error && <ErrorMessage error={accept.error} />}
      {done && <p role="status" className="lp-small">{done}</p>}
      {mayDecide && ready.length > 1 && (
        <Button disabled={accept.isPending || !detail.data} onClick={() => take(ready)}>{t('proposals.acceptAll', { count: ready.length })}</Button>
      )}
      <ul className="lp-proposals-list">
        {data.services.map((s) => (
          <ProposalCountsRow
            key={s.serviceId}
            proposals={s}
            decision={decisionOf(s.serviceId)}
            onAccept={mayDecide && acceptable(s) ? () => take([s]) : null}
            busy={accept.isPending || !detail.data}
          />
        ))}
      </ul>
      {data.missingInWords.length > 0 && (
        <>
          <Heading variant="h4" as="h3">{t('proposals.missingInWords')}</Heading>
          <ul className="lp-proposals-words">
            {data.missingInWords.map((p) => (
              <li key={p.id}>
                <span>{p.missingText}</span>
                <span className="lp-small lp-muted"> – {p.userName}, {formatDateTime(p.updatedAt, i18n.language)}</span>
                {p.comment && <div className="lp-small">{p.comment}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
