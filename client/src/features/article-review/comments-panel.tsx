import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Textarea } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime } from '../../lib/format-date';
import { useTRPC } from '../../lib/trpc';

/** Comments on the article and on its article–service pairs, with who and when, and a form to add one. */
export const CommentsPanel = forwardRef<HTMLTextAreaElement, { articleId: string; serviceId: string | null; serviceName: (id: string) => string; onClearService: () => void; canComment: boolean }>(function CommentsPanel(
  { articleId, serviceId, serviceName, onClearService, canComment },
  ref,
) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const comments = useQuery(trpc.comments.list.queryOptions({ articleId }));
  const add = useMutation(
    trpc.comments.add.mutationOptions({
      onSuccess: async () => {
        setBody('');
        await Promise.all([queryClient.invalidateQueries({ queryKey: trpc.comments.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.articles.diff.pathKey() })]);
      },
    }),
  );
  return (
    <section className="lp-panel" aria-labelledby="comments-heading">
      <Heading variant="h3" as="h2" id="comments-heading">{t('comments.heading')}</Heading>
      {comments.error && <ErrorMessage error={comments.error} />}
      <ol className="lp-comments" data-testid="comments">
        {(comments.data ?? []).map((c) => (
          <li key={c.id}>
            <div className="lp-small lp-muted">
              {c.author} · {formatDateTime(c.createdAt, i18n.language)}
              {c.serviceId && ` · ${serviceName(c.serviceId)}`}
            </div>
            <p className="lp-comment-body">{c.body}</p>
          </li>
        ))}
        {comments.data?.length === 0 && <li className="lp-muted">{t('comments.none')}</li>}
      </ol>
      {canComment && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) add.mutate({ articleId, serviceId, body: body.trim() });
          }}
        >
          <Textarea
            ref={ref}
            labelText={serviceId ? t('comments.aboutService', { name: serviceName(serviceId) }) : t('comments.aboutArticle')}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            fullWidth
          />
          <div className="lp-actions">
            <Button type="submit" disabled={add.isPending || body.trim() === ''}>{t('comments.add')}</Button>
            {serviceId && (
              <Button variant="secondaryNoBorder" onClick={onClearService}>{t('comments.aboutArticleInstead')}</Button>
            )}
          </div>
          {add.error && <ErrorMessage error={add.error} />}
        </form>
      )}
    </section>
  );
});
