import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading, Text } from 'suomifi-ui-components';
import type { DashboardView } from '../../../../shared/schemas/dashboard-api';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime } from '../../lib/format-date';
import { localize } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { ArticleLink, CoverageSection } from './coverage-section';
import { hours, formatNumber } from './dashboard-format';
import { EffortSection, Figure } from './effort-section';
import { PersonStatusChart, ProgressOverTime, TopicStatusChart } from './progress-charts';
import { RequestAges, RequestsByRecipient, RequestsByState } from './request-charts';
import './dashboard.css';

/** The progress dashboard: what a project manager shows the steering group. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { region } = useWorkbenchParams();
  const overview = useQuery(trpc.dashboard.overview.queryOptions({ region }));
  const view = overview.data;
  return (
    <div className="lp-dash" data-testid="dashboard">
      <div className="lp-dash-title">
        <Heading variant="h1">{t('dashboard.heading')}</Heading>
        {view && (
          <Text className="lp-muted lp-small">
            {t('dashboard.asOf', { at: formatDateTime(view.at, i18n.language), region: localize(view.regionName, i18n.language) || region })}
            {view.scoped ? ` · ${t('dashboard.scoped')}` : ''}
          </Text>
        )}
      </div>
      {overview.error && <ErrorMessage error={overview.error} />}
      {overview.isPending && <Text>{t('common.loading')}</Text>}
      {view && <Dashboard view={view} />}
    </div>
  );
}

function Dashboard({ view }: { view: DashboardView }) {
  const { t, i18n } = useTranslation();
  const { progress, requests, effort } = view;
  const approvedShare = progress.articles === 0 ? 0 : Math.round((progress.totals.approved / progress.articles) * 100);
  return (
    <>
      <div className="lp-dash-figures" aria-label={t('dashboard.keyFigures')} role="group">
        <Figure value={formatNumber(progress.articles, i18n.language)} label={t('dashboard.figure.articles')} />
        <Figure value={`${approvedShare} %`} label={t('dashboard.figure.approved', { count: progress.totals.approved })} tone="good" />
        <Figure value={formatNumber(progress.totals.drifted, i18n.language)} label={t('dashboard.figure.drifted')} tone={progress.totals.drifted > 0 ? 'warn' : undefined} />
        <Figure value={formatNumber(requests.open, i18n.language)} label={t('dashboard.figure.openRequests', { total: requests.total })} />
        <Figure value={`${formatNumber(hours(effort.totalMinutes), i18n.language, 1)} h`} label={t('dashboard.figure.effort')} />
      </div>

      <section className="lp-dash-section" aria-labelledby="dash-progress">
        <Heading variant="h2" id="dash-progress">{t('dashboard.progressHeading')}</Heading>
        <div className="lp-dash-grid">
          <TopicStatusChart progress={progress} />
          <PersonStatusChart progress={progress} />
          <ProgressOverTime progress={progress} />
        </div>
      </section>

      <section className="lp-dash-section" aria-labelledby="dash-drift">
        <Heading variant="h2" id="dash-drift">{t('dashboard.drift.heading')}</Heading>
        <DriftSection drift={view.drift} />
      </section>

      <section className="lp-dash-section" aria-labelledby="dash-requests">
        <Heading variant="h2" id="dash-requests">{t('dashboard.requestsHeading')}</Heading>
        <div className="lp-dash-grid">
          <RequestsByState requests={requests} />
          <RequestsByRecipient requests={requests} />
          <RequestAges requests={requests} />
        </div>
      </section>

      <section className="lp-dash-section" aria-labelledby="dash-coverage">
        <Heading variant="h2" id="dash-coverage">{t('dashboard.coverage.sectionHeading')}</Heading>
        <div className="lp-dash-grid">
          <CoverageSection coverage={view.coverage} articles={progress.articles} />
        </div>
      </section>

      <section className="lp-dash-section" aria-labelledby="dash-effort">
        <Heading variant="h2" id="dash-effort">{t('dashboard.effort.heading')}</Heading>
        <EffortSection effort={effort} region={view.region} />
      </section>
    </>
  );
}

function DriftSection({ drift }: { drift: DashboardView['drift'] }) {
  const { t, i18n } = useTranslation();
  if (!drift) return <Text>{t('dashboard.drift.noImport')}</Text>;
  return (
    <>
      <Text className="lp-muted">
        {drift.previousSnapshotId === null
          ? t('dashboard.drift.firstImport', { id: drift.snapshotId, at: formatDateTime(drift.importedAt, i18n.language) })
          : t('dashboard.drift.latestImport', { id: drift.snapshotId, previous: drift.previousSnapshotId, at: formatDateTime(drift.importedAt, i18n.language) })}
      </Text>
      <div className="lp-dash-figures">
        <Figure value={String(drift.drifted.count)} label={t('dashboard.drift.drifted')} tone={drift.drifted.count > 0 ? 'warn' : undefined} />
        {drift.changedArticles !== null && <Figure value={String(drift.changedArticles)} label={t('dashboard.drift.changedArticles')} />}
        {drift.began !== null && <Figure value={`+${drift.began}`} label={t('dashboard.drift.began')} />}
        {drift.stopped !== null && <Figure value={`−${drift.stopped}`} label={t('dashboard.drift.stopped')} />}
      </div>
      {drift.drifted.count > 0 && (
        <details className="lp-dash-drill">
          <summary>
            {t('dashboard.drift.driftedList')}: <strong>{drift.drifted.count}</strong>
          </summary>
          <ul className="lp-plain-list lp-dash-drill-list">
            {drift.drifted.items.map((a) => (
              <li key={a.id}>
                <ArticleLink article={a} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
