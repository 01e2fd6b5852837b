import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Text } from 'suomifi-ui-components';
import type { ChangeRequestState } from '../../../../shared/domain/change-request';
import type { ChangeRequestView } from '../../../../shared/schemas/change-requests-api';
import { AppLink } from '../../components/app-link';
import { ErrorMessage } from '../../components/error-message';
import { useAreaLabel } from '../../lib/area-label';
import { useCan } from '../../lib/auth';
import { formatDateTime } from '../../lib/format-date';
import { localize } from '../../lib/localize';
import { linkTo, useSearchKeys } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { CloseRequestDialog } from './close-request-dialog';
import { RequestEditDialog } from './request-edit-dialog';
import { RequestExports } from './request-exports';
import { looksLikeEmail } from './request-filters';
import { RequestHistory } from './request-history';
import { moveKind } from './request-moves';
import { RequestVerification } from './request-verification';
import { itemText, recipientText, typeText } from './request-words';
import { StateBadge } from './state-badge';
import './change-requests.css';

/** The catalogue view with the service's detail open, keeping the region. */
function catalogueHref(serviceId: string, keep: URLSearchParams): string {
  const query = new URLSearchParams(keep);
  query.set('service', serviceId);
  return `/catalogue?${query.toString()}`;
}

/** Where the request came from, in words. */
function sourceText(request: ChangeRequestView, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (request.sourceFlagId !== null) return t('changeRequests.detail.fromFlag', { id: request.sourceFlagId });
  if (request.sourceDescriptionRequestId !== null) return t('changeRequests.detail.fromDescription', { id: request.sourceDescriptionRequestId });
  if (request.sourceProposalId !== null) return t('changeRequests.detail.fromProposal', { id: request.sourceProposalId });
  return t('changeRequests.detail.byHand');
}

/**
 * One change request: what is asked of whom and why, the articles, the proposed texts, the
 * latest check, the exports it went out in and its history; managers move and edit it here.
 */
export function RequestDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { region } = useWorkbenchParams();
  const keep = useSearchKeys(['region', 'compare']);
  const mayManage = useCan('manageRequests');
  const areaLabel = useAreaLabel();
  const detail = useQuery(trpc.changeRequests.get.queryOptions({ region, id }));
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const [closing, setClosing] = useState<ChangeRequestState | null>(null);
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.changeRequests.pathKey() });
  const move = useMutation(
    trpc.changeRequests.move.mutationOptions({
      onMutate: () => setNotice(''),
      onSuccess: async (_result, input) => {
        setClosing(null);
        setNotice(t('changeRequests.detail.moved', { state: t(`changeRequests.state.${input.to}`) }));
        await reload();
      },
      onError: () => {
        setClosing(null);
        void reload();
      },
    }),
  );
  const code = detail.data?.request.code;
  useEffect(() => {
    if (code) document.title = `${code} – ${t('app.name')}`;
  }, [code, t]);

  const back = <AppLink className="lp-back" href={linkTo('/change-requests', keep)}>← {t('changeRequests.detail.back')}</AppLink>;
  if (detail.error) return (<>{back}<ErrorMessage error={detail.error} /></>);
  if (!detail.data) return (<>{back}<Text>{t('changeRequests.detail.loading')}</Text></>);
  const { request, history, exports } = detail.data;
  const otherLanguage = i18n.language === 'sv' ? 'fi' : 'sv';
  const titleOf = (articleId: string) => localize(request.articles.find((a) => a.id === articleId)?.title, i18n.language) || articleId;
  const names = { service: (serviceId: string) => (serviceId === request.serviceId ? localize(request.serviceName, i18n.language) : serviceId) || serviceId, article: titleOf };
  const moveTo = (to: ChangeRequestState, note?: string) => move.mutate({ region, to, note, requests: [{ id: request.id, baseVersion: request.version }] });
  // Forward moves first (the nearest one is the main action), then reopening, then closing.
  const rank = { forward: 0, back: 1, close: 2 } as const;
  const orderedMoves = request.nextStates.map((state) => ({ state, kind: moveKind(request.state, state) })).sort((a, b) => rank[a.kind] - rank[b.kind]);
  const mainMove = orderedMoves.find((m) => m.kind === 'forward')?.state ?? null;
  const texts = request.details.texts;
  const email = request.recipient.email;
  return (
    <article aria-labelledby="cr-detail-heading" data-testid="request-detail">
      {back}
      <div className="lp-cr-detail-head">
        <Heading variant="h1" id="cr-detail-heading">{request.code}</Heading>
        <StateBadge state={request.state} />
        <Text>{typeText(request.type, t)}</Text>
      </div>
      <p className="lp-small lp-muted">
        {t('changeRequests.detail.created', { who: request.createdBy, at: formatDateTime(request.createdAt, i18n.language) })}
        {request.sentAt && ` · ${t('changeRequests.detail.sentAt', { at: formatDateTime(request.sentAt, i18n.language) })}`}
      </p>
      {mayManage && (
        <div className="lp-actions" role="group" aria-label={t('changeRequests.detail.moves')}>
          {orderedMoves.map(({ state, kind }) => (
            <Button
              key={state}
              variant={kind === 'close' ? 'secondaryNoBorder' : state === mainMove ? 'default' : 'secondary'}
              disabled={move.isPending}
              onClick={() => (kind === 'close' ? setClosing(state) : moveTo(state))}
            >
              {t(kind === 'back' ? 'changeRequests.detail.reopen' : 'changeRequests.detail.moveTo', { state: t(`changeRequests.state.${state}`) })}
            </Button>
          ))}
          <Button variant="secondaryNoBorder" onClick={() => setEditing(true)}>{t('changeRequests.detail.edit')}</Button>
        </div>
      )}
      <p aria-live="polite" className="lp-small" data-testid="cr-detail-notice">{notice}</p>
      {move.error && <ErrorMessage error={move.error} />}
      <div className="lp-cr-detail">
        <div>
          <section className="lp-panel">
            <dl className="lp-cr-facts">
              <dt>{t('changeRequests.detail.recipient')}</dt>
              <dd data-testid="cr-recipient">
                {recipientText(request.recipient, t, request.recipientLabel, i18n.language)}
                <div className="lp-small">
                  {t('changeRequests.detail.email')}: {looksLikeEmail(email) ? <a href={`mailto:${email.trim()}`}>{email}</a> : email || t('changeRequests.detail.noEmail')}
                </div>
              </dd>
              {request.serviceId && (
                <>
                  <dt>{t('changeRequests.detail.service')}</dt>
                  <dd>
                    {localize(request.serviceName, i18n.language) || request.serviceId}
                    {request.serviceName?.[otherLanguage] && request.serviceName[otherLanguage] !== localize(request.serviceName, i18n.language) && (
                      <div className="lp-small lp-muted" lang={otherLanguage}>{request.serviceName[otherLanguage]}</div>
                    )}
                    {request.serviceOwnerName && <div className="lp-small">{t('changeRequests.detail.owner', { name: localize(request.serviceOwnerName, i18n.language) })}</div>}
                    <div className="lp-small">
                      <AppLink href={catalogueHref(request.serviceId, keep)}>{t('changeRequests.detail.openInCatalogue')}</AppLink>
                    </div>
                  </dd>
                </>
              )}
              {request.itemKind && (
                <>
                  <dt>{t('changeRequests.detail.item')}</dt>
                  <dd>{itemText(request, t, i18n.language, areaLabel)}</dd>
                </>
              )}
              <dt>{t('changeRequests.detail.reason')}</dt>
              <dd className="lp-comment-body">{request.reason}</dd>
              <dt>{t('changeRequests.detail.source')}</dt>
              <dd>{sourceText(request, t)}</dd>
            </dl>
          </section>
          <section className="lp-panel lp-gap" aria-labelledby="cr-articles-heading">
            <Heading variant="h3" as="h2" id="cr-articles-heading">{t('changeRequests.detail.articles')} ({request.articles.length})</Heading>
            <ul className="lp-plain-list">
              {request.articles.map((a) => (
                <li key={a.id}>
                  <AppLink href={linkTo(`/articles/${encodeURIComponent(a.id)}`, keep)}>{localize(a.title, i18n.language) || a.id}</AppLink>
                </li>
              ))}
            </ul>
          </section>
          {texts && (
            <section className="lp-panel lp-gap" aria-labelledby="cr-texts-heading">
              <Heading variant="h3" as="h2" id="cr-texts-heading">{t('changeRequests.detail.texts')}</Heading>
              <div className="lp-cr-texts">
                {(['fi', 'sv'] as const).map((lang) => {
                  const suffix = lang === 'fi' ? 'Fi' : 'Sv';
                  return (
                    <dl key={lang} lang={lang}>
                      <Text variant="bold">{t(lang === 'fi' ? 'changeRequests.form.finnish' : 'changeRequests.form.swedish')}</Text>
                      <dt>{t('changeRequests.form.name')}</dt>
                      <dd>{texts[`name${suffix}`] || '—'}</dd>
                      <dt>{t('changeRequests.form.summary')}</dt>
                      <dd>{texts[`summary${suffix}`] || '—'}</dd>
                      <dt>{t('changeRequests.form.description')}</dt>
                      <dd>{texts[`description${suffix}`] || '—'}</dd>
                    </dl>
                  );
                })}
              </div>
            </section>
          )}
        </div>
        <aside className="lp-side">
          <RequestVerification request={request} articleTitle={titleOf} />
          <RequestExports exports={exports} mayDownload={mayManage} />
          <RequestHistory events={history} names={names} />
        </aside>
      </div>
      {mayManage && (
        <CloseRequestDialog code={request.code} to={closing} busy={move.isPending} onConfirm={(note) => closing && moveTo(closing, note)} onCancel={() => setClosing(null)} />
      )}
      {mayManage && (
        <RequestEditDialog
          region={region}
          request={request}
          visible={editing}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setNotice(t('changeRequests.detail.edited'));
          }}
        />
      )}
    </article>
  );
}
