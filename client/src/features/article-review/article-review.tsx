import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import { Button, InlineAlert, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { localize } from '../../lib/localize';
import { linkTo, useSearchParams } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { ArticleHeader } from './article-header';
import { CommentsPanel } from './comments-panel';
import { DescriptionRequestForm } from './description-request-form';
import { FlagDialog } from './flag-dialog';
import { KeyboardHelp } from './keyboard-help';
import { ProposeService } from './propose-service';
import { DiffGroups } from './diff-groups';
import { orderItems, visibleRows, type ReviewItem } from './review-types';
import { StoppedList } from './stopped-list';
import { useReviewActions } from './use-review-actions';
import { useSelection } from './use-selection';
import { ProposalsPanel } from '../proposals/proposals-panel';
import { SignoffPanel } from '../signoff/signoff-panel';
import { ArticleHistory } from '../history/article-history';
import { useTriageKeys } from './use-triage-keys';
import { useCan } from '../../lib/auth';
import { ArticleRequests } from '../change-requests/article-requests';
import { RequestFixDialog, type MissingService } from '../change-requests/request-fix-dialog';

/** One article's review: the diff by category and scope, keyboard triage, flags, proposals and comments. */
export function ArticleReview({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { region, compare } = useWorkbenchParams();
  const [search] = useSearchParams();
  const detail = useQuery(trpc.articles.diff.queryOptions({ region, articleId, compareSnapshot: compare }));
  const actions = useReviewActions(region, articleId, detail.data?.decisionsVersion);
  // The same rule the server applies; buttons for what one may not do are not shown.
  const scope = detail.data?.scope;
  const may = {
    decide: useCan('decide', scope),
    flag: useCan('flag', scope),
    comment: useCan('comment', scope),
    request: useCan('requestDescription', scope),
    requestFix: useCan('manageRequests'),
  };
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const ordered = useMemo(() => orderItems(detail.data?.items ?? [], i18n.language), [detail.data, i18n.language]);
  // A very broad article can surface thousands of services; each group shows its first rows until asked for all.
  const items = useMemo(() => visibleRows(ordered, expanded), [ordered, expanded]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const { selected, toggle, setMany, clear: clearSelection } = useSelection();
  const [flagging, setFlagging] = useState<ReviewItem | null>(null);
  const [fixing, setFixing] = useState<MissingService | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [requestOpen, setRequestOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [commentService, setCommentService] = useState<string | null>(null);
  const rowRefs = useRef(new Map<string, HTMLLIElement>());
  const commentBox = useRef<HTMLTextAreaElement>(null);

  const activeIndex = Math.max(0, items.findIndex((i) => i.serviceId === activeId));
  const active = items[activeIndex] ?? null;
  useEffect(() => {
    if (!activeId && items[0]) setActiveId(items[0].serviceId);
  }, [items, activeId]);

  const moveTo = (index: number) => {
    const item = items[Math.min(Math.max(index, 0), items.length - 1)];
    if (!item) return;
    setActiveId(item.serviceId);
    rowRefs.current.get(item.serviceId)?.focus();
  };
  const nameOf = (serviceId: string) => {
    const item = items.find((i) => i.serviceId === serviceId);
    return item?.service ? localize(item.service.name, i18n.language) : serviceId;
  };
  // After a decision the row moves to another group; keep the reviewer's place by going on to the next row.
  const decide = async (item: ReviewItem, decision: 'include' | 'exclude' | 'undo') => {
    const next = items[activeIndex + 1]?.serviceId ?? null;
    try {
      if (decision === 'undo') await actions.undo([item.serviceId]);
      else await actions.decide([item.serviceId], decision);
    } catch {
      return; // shown by the one error component (actions.error)
    }
    setAnnouncement(t('review.decided', { action: t(`decision.${decision}`), name: nameOf(item.serviceId) }));
    if (next && item.serviceId === active?.serviceId) setActiveId(next);
  };
  const bulk = async (decision: 'include' | 'exclude' | 'undo') => {
    const ids = [...selected];
    if (ids.length === 0) return;
    try {
      if (decision === 'undo') await actions.undo(ids);
      else await actions.decide(ids, decision);
    } catch {
      return; // the selection stays, so the reviewer can try again
    }
    const done = t('review.bulkDone', { count: ids.length, action: t(`decision.${decision}`) });
    setNotice(done);
    setAnnouncement(done);
    clearSelection();
  };
  const openComment = (serviceId: string) => {
    setCommentService(serviceId);
    setTimeout(() => commentBox.current?.focus(), 0);
  };

  useTriageKeys(
    {
      next: () => moveTo(activeIndex + 1),
      previous: () => moveTo(activeIndex - 1),
      include: () => may.decide && active && void decide(active, 'include'),
      exclude: () => may.decide && active && void decide(active, 'exclude'),
      undo: () => may.decide && active?.decision && void decide(active, 'undo'),
      flag: () => may.flag && active?.reasons && setFlagging(active),
      toggleSelect: () => may.decide && active && toggle(active.serviceId),
      comment: () => active && openComment(active.serviceId),
      help: () => setHelpOpen(true),
    },
    !actions.busy && detail.data !== undefined && flagging === null && fixing === null && !helpOpen && !requestOpen,
  );

  // Focus follows the active row, unless the reviewer is typing somewhere else.
  useEffect(() => {
    const row = active ? rowRefs.current.get(active.serviceId) : undefined;
    if (!row) return;
    const focused = document.activeElement;
    // A row reached by the pointer is already where the person is looking; scrolling it
    // now would move the page between mouse down and up and lose the click.
    const reachedByPointer = focused === row || (focused !== null && row.contains(focused));
    const neutral = !focused || focused === document.body || focused.id === 'main';
    if (neutral || focused.closest('[data-testid="service-row"]')) row.focus({ preventScroll: true });
    if (!reachedByPointer) row.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // The tab and the history say which article this is.
  const pageTitle = detail.data ? localize(detail.data.article.title, i18n.language) : null;
  useEffect(() => {
    if (pageTitle) document.title = `${pageTitle} – ${t('app.name')}`;
  }, [pageTitle, t]);

  if (detail.error) return <ErrorMessage error={detail.error} />;
  if (!detail.data) return <Text>{t('common.loading')}</Text>;
  const data = detail.data;
  const backHref = linkTo('/', search, ['region', 'compare', 'q', 'topic', 'status', 'has', 'sort', 'changed']);

  return (
    <article aria-labelledby="article-heading" className="lp-review">
      <AppLink className="lp-back" href={backHref}>← {t('review.backToList')}</AppLink>
      <ArticleHeader detail={data} />
      <SignoffPanel region={region} articleId={articleId} />
      {may.decide && <p className="lp-muted lp-small">{t('review.keysHint')}</p>}
      <p className="lp-visually-hidden" aria-live="polite" data-testid="announcement">{announcement}</p>
      {actions.error && <ErrorMessage error={actions.error} />}
      {notice && <InlineAlert status="neutral">{notice}</InlineAlert>}
      {may.decide && selected.size > 0 && (
        <div className="lp-bulk" role="region" aria-label={t('review.bulkActions')}>
          <Text variant="bold">{t('review.selected', { count: selected.size })}</Text>
          <Button onClick={() => void bulk('include')} disabled={actions.busy}>{t('review.includeSelected')}</Button>
          <Button onClick={() => void bulk('exclude')} disabled={actions.busy}>{t('review.excludeSelected')}</Button>
          <Button variant="secondary" onClick={() => void bulk('undo')} disabled={actions.busy}>{t('review.undoSelected')}</Button>
          <Button variant="secondaryNoBorder" onClick={clearSelection}>{t('review.clearSelection')}</Button>
        </div>
      )}
      <div className="lp-review-layout">
        <div>
          <DiffGroups
            ordered={ordered}
            visible={items}
            selected={selected}
            activeId={active?.serviceId ?? null}
            busy={actions.busy}
            rowRef={(serviceId, element) => {
              if (element) rowRefs.current.set(serviceId, element);
              else rowRefs.current.delete(serviceId);
            }}
            actionsFor={(item) => ({
              ...(may.decide
                ? { include: () => void decide(item, 'include'), exclude: () => void decide(item, 'exclude'), undo: () => void decide(item, 'undo'), toggleSelect: () => toggle(item.serviceId) }
                : {}),
              ...(may.flag ? { flag: () => setFlagging(item) } : {}),
              ...(may.requestFix ? { requestFix: () => setFixing({ serviceId: item.serviceId, name: nameOf(item.serviceId) }) } : {}),
              comment: () => openComment(item.serviceId),
              canComment: may.comment,
              focus: () => setActiveId(item.serviceId),
            })}
            onSelectRows={may.decide ? setMany : undefined}
            onExpand={(group) => setExpanded((prev) => new Set(prev).add(group))}
          />
          {items.length === 0 && <Text>{t('review.nothingSurfaces')}</Text>}
          <StoppedList stopped={data.stopped} />
        </div>
        <aside className="lp-side">
          <ProposalsPanel region={region} articleId={articleId} />
          {(may.decide || may.request) && (
            <ProposeService
              region={region}
              articleId={articleId}
              busy={actions.busy}
              canPropose={may.decide}
              canRequest={may.request}
              onPropose={async (serviceId) => {
                try {
                  await actions.decide([serviceId], 'include');
                  setNotice(t('propose.done', { name: nameOf(serviceId) }));
                  setAnnouncement(t('propose.done', { name: nameOf(serviceId) }));
                } catch {
                  // shown by the one error component (actions.error)
                }
              }}
              onRequestDescription={() => setRequestOpen(true)}
            />
          )}
          <CommentsPanel ref={commentBox} canComment={may.comment} articleId={articleId} serviceId={commentService} serviceName={nameOf} onClearService={() => setCommentService(null)} />
          <ArticleRequests region={region} articleId={articleId} />
          <ArticleHistory region={region} articleId={articleId} />
        </aside>
      </div>
      <FlagDialog region={region} articleId={articleId} item={flagging} onClose={() => { setFlagging(null); if (active) rowRefs.current.get(active.serviceId)?.focus(); }} />
      <KeyboardHelp visible={helpOpen} onClose={() => setHelpOpen(false)} />
      <RequestFixDialog
        region={region}
        articleId={articleId}
        service={fixing}
        ruleKeywords={data.article.rule.keywords}
        keywordLabels={data.ruleKeywordLabels}
        onClose={() => setFixing(null)}
        onMade={(text) => {
          setFixing(null);
          setNotice(text);
          setAnnouncement(text);
        }}
      />
      <DescriptionRequestForm
        region={region}
        article={data.article}
        ruleLabels={data.ruleKeywordLabels}
        visible={requestOpen}
        onClose={() => setRequestOpen(false)}
        onSaved={(id) => {
          setRequestOpen(false);
          setNotice(t('request.saved', { id }));
          setAnnouncement(t('request.saved', { id }));
        }}
      />
    </article>
  );
}
