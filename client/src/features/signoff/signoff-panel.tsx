import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { useCan } from '../../lib/auth';
import { formatDateTime } from '../../lib/format-date';
import { useTRPC, type RouterOutputs } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { DriftList } from './drift-list';
import { SignoffDialog, type SignoffMode } from './signoff-dialog';
import './signoff.css';

type SignoffState = RouterOutputs['signoffs']['state'];

/**
 * The lead's sign-off of the article's link set: who approved it at which import, or sent it
 * back and why; when the list changed since (drift) exactly what changed; and, for a lead of
 * the article's topic, approving (only a fully decided list) or sending it back.
 */
export function SignoffPanel({ region, articleId }: { region: string; articleId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { compare } = useWorkbenchParams();
  // The same query as the article view, so it is shared: the topic, counts and decisions version.
  const detail = useQuery(trpc.articles.diff.queryOptions({ region, articleId, compareSnapshot: compare }));
  const state = useQuery(trpc.signoffs.state.queryOptions({ region, articleId }));
  const mayAct = useCan('signOff', { topic: detail.data?.article.topic ?? '', workshopIds: [] });
  const [mode, setMode] = useState<SignoffMode | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // Decisions made on this page change what the sign-off covers: ask again when they move.
  const shownVersion = detail.data?.decisionsVersion;
  const seenVersion = useRef(shownVersion);
  useEffect(() => {
    if (shownVersion === undefined || seenVersion.current === shownVersion) return;
    const first = seenVersion.current === undefined;
    seenVersion.current = shownVersion;
    if (!first) void queryClient.invalidateQueries({ queryKey: trpc.signoffs.state.queryKey({ region, articleId }) });
  }, [shownVersion, queryClient, trpc, region, articleId]);

  if (state.error) return <ErrorMessage error={state.error} />;
  if (!state.data || !detail.data) return null;
  const counts = detail.data.counts;
  const unreviewed = counts.unreviewed;
  const signedOff = state.data.latest?.action === 'signed_off';
  const at = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <section className="lp-panel lp-signoff" aria-labelledby="signoff-heading" data-testid="signoff-panel">
      <Heading variant="h3" as="h2" id="signoff-heading">{t('signoff.heading')}</Heading>
      <LatestAction state={state.data} at={at} />
      {state.data.drift?.drifted && (
        <InlineAlert status="warning" labelText={t('signoff.driftedTitle')}>
          <Paragraph>{t('signoff.driftedIntro', { snapshot: state.data.snapshotId ?? '–' })}</Paragraph>
          <DriftList drift={state.data.drift} />
        </InlineAlert>
      )}
      {mayAct && (
        <>
          {unreviewed > 0 && <Text className="lp-small" id="signoff-waiting">{t('signoff.waitingServices', { count: unreviewed })}</Text>}
          <div className="lp-actions">
            <Button onClick={() => setMode('signOff')} disabled={unreviewed > 0} aria-describedby={unreviewed > 0 ? 'signoff-waiting' : undefined}>
              {signedOff ? t('signoff.signOffAgain') : t('signoff.signOff')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('sendBack')}>{t('signoff.sendBack')}</Button>
          </div>
        </>
      )}
      <p className="lp-visually-hidden" aria-live="polite">{announcement}</p>
      <SignoffDialog
        region={region}
        articleId={articleId}
        mode={mode}
        baseVersion={detail.data.decisionsVersion}
        summary={{ snapshot: detail.data.snapshot, included: counts.ok + counts.missing, excluded: counts.unwanted + counts.cleared }}
        onClose={() => setMode(null)}
        onDone={(done) => {
          setMode(null);
          setAnnouncement(done === 'signOff' ? t('signoff.signedOffDone') : t('signoff.sentBackDone'));
        }}
      />
    </section>
  );
}

/** The lead's latest action in one line (it names the status), with the comment they left. */
function LatestAction({ state, at }: { state: SignoffState; at: (iso: string) => string }) {
  const { t } = useTranslation();
  const latest = state.latest;
  if (!latest) return <Paragraph className="lp-signoff-line">{t('signoff.notYet')}</Paragraph>;
  const line =
    latest.action === 'signed_off'
      ? t('signoff.approvedAt', { at: at(latest.at), by: latest.by, snapshot: latest.snapshotId ?? '–' })
      : t('signoff.sentBackAt', { at: at(latest.at), by: latest.by });
  return (
    <>
      <Paragraph className="lp-signoff-line">{line}</Paragraph>
      {latest.comment && (
        <blockquote className="lp-signoff-comment" aria-label={t('signoff.comment')}>
          {latest.comment}
        </blockquote>
      )}
    </>
  );
}
