import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { useCan } from '../../lib/auth';
import { localize } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { refreshAfterDecisions } from '../article-review/use-review-actions';
import { HistoryTimeline } from './history-timeline';

/**
 * The article's timeline in the side column, and for those who may decide here, undo of
 * their own last decision change (which may have been in another article: the notice says where).
 */
export function ArticleHistory({ region, articleId }: { region: string; articleId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { compare } = useWorkbenchParams();
  // The same query the article view holds, so this is a cache read: service names and the topic.
  const detail = useQuery(trpc.articles.diff.queryOptions({ region, articleId, compareSnapshot: compare }));
  const mayDecide = useCan('decide', detail.data ? { topic: detail.data.article.topic, workshopIds: [] } : undefined) && detail.data !== undefined;
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => refreshAfterDecisions(queryClient, trpc);
  const undo = useMutation(
    trpc.decisions.undoLast.mutationOptions({
      onMutate: () => setNotice(null),
      onSuccess: async (result) => {
        const title = result.articleId === articleId && detail.data ? localize(detail.data.article.title, i18n.language) : result.articleId;
        setNotice(t('history.undone', { count: result.changed, article: title }));
        await refresh();
      },
      // A conflict means someone else's change is now there: show it.
      onError: () => void refresh(),
    }),
  );
  const serviceName = (serviceId: string) => {
    const item = detail.data?.items.find((i) => i.serviceId === serviceId);
    return (item?.service && localize(item.service.name, i18n.language)) || serviceId;
  };
  const articleTitle = (id: string) => (id === articleId && detail.data ? localize(detail.data.article.title, i18n.language) : id);
  return (
    <section className="lp-panel" aria-labelledby="history-heading" data-testid="article-history">
      <Heading variant="h3" as="h2" id="history-heading">{t('history.heading')}</Heading>
      {mayDecide && (
        <div className="lp-history-undo">
          <Button variant="secondary" onClick={() => undo.mutate({ region })} disabled={undo.isPending} aria-describedby="history-undo-hint">
            {t('history.undo')}
          </Button>
          <p id="history-undo-hint" className="lp-small lp-muted">{t('history.undoHint')}</p>
          <div aria-live="polite">{notice && <InlineAlert status="neutral">{notice}</InlineAlert>}</div>
          {undo.error && <ErrorMessage error={undo.error} />}
        </div>
      )}
      <HistoryTimeline key={articleId} filter={{ articleId }} names={{ service: serviceName, article: articleTitle }} />
    </section>
  );
}
