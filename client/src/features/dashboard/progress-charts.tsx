import { useTranslation } from 'react-i18next';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { reviewStatuses } from '../../../../shared/domain/review-status';
import type { DashboardView, StatusCounts } from '../../../../shared/schemas/dashboard-api';
import { formatDay } from '../../lib/format-date';
import { ChartCard } from './chart-card';
import { accent, formatNumber, hideZero, legendOrder, statusColors, topicLabel } from './dashboard-format';

type Progress = DashboardView['progress'];

/** Stacked bars of statuses, one bar per row (topic or person), with the count on each segment. */
function StatusBars({ rows, height }: { rows: ({ name: string } & StatusCounts)[]; height: number }) {
  const { t, i18n } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" accessibilityLayer margin={{ left: 8, right: 16 }}>
        <CartesianGrid horizontal={false} stroke="#e3e7ea" />
        <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatNumber(v, i18n.language)} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 13 }} />
        <Tooltip />
        <Legend itemSorter={legendOrder(reviewStatuses)} />
        {reviewStatuses.map((s) => (
          <Bar key={s} dataKey={s} stackId="status" name={t(`status.${s}`)} fill={statusColors[s].fill} isAnimationActive={false}>
            <LabelList dataKey={s} position="center" fill={statusColors[s].text} fontSize={12} formatter={hideZero} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

const barHeight = (rows: number) => 90 + rows * 34;

function statusTable(rows: { key: string; name: string; counts: StatusCounts; total: number }[], caption: string, first: string, t: (key: string) => string) {
  return {
    caption,
    head: [first, ...reviewStatuses.map((s) => t(`status.${s}`)), t('dashboard.total')],
    rows: rows.map((r) => ({ key: r.key, label: r.name, values: [...reviewStatuses.map((s) => r.counts[s]), r.total] })),
  };
}

export function TopicStatusChart({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const done = progress.totals.approved;
  const rows = progress.byTopic.map((p) => ({ key: p.topic, name: topicLabel(p.topic), counts: p.counts, total: p.total }));
  return (
    <ChartCard
      id="topics"
      title={t('dashboard.byTopic')}
      summary={t('dashboard.byTopicSummary', { approved: done, total: progress.articles, topics: progress.byTopic.length })}
      table={statusTable(rows, t('dashboard.byTopic'), t('dashboard.topic'), t)}
    >
      <StatusBars rows={progress.byTopic.map((p) => ({ name: topicLabel(p.topic), ...p.counts }))} height={barHeight(rows.length)} />
    </ChartCard>
  );
}

export function PersonStatusChart({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const people = progress.byPerson;
  const top = people[0];
  return (
    <ChartCard
      id="people"
      title={t('dashboard.byPerson')}
      summary={top ? t('dashboard.byPersonSummary', { count: people.length, name: top.name, articles: top.articles }) : t('dashboard.byPersonNone')}
      table={{
        caption: t('dashboard.byPerson'),
        head: [t('dashboard.person'), t('dashboard.articlesDecided'), t('dashboard.decisions'), t('dashboard.signOffs'), ...reviewStatuses.map((s) => t(`status.${s}`))],
        rows: people.map((p) => ({ key: `${p.userId ?? p.name}`, label: p.name, values: [p.articles, p.decisions, p.signOffs, ...reviewStatuses.map((s) => p.counts[s])] })),
      }}
    >
      {people.length === 0 ? <p className="lp-muted">{t('dashboard.byPersonNone')}</p> : <StatusBars rows={people.map((p) => ({ name: p.name, ...p.counts }))} height={barHeight(people.length)} />}
    </ChartCard>
  );
}

export function ProgressOverTime({ progress }: { progress: Progress }) {
  const { t, i18n } = useTranslation();
  const { points, granularity } = progress.timeline;
  const last = points.at(-1);
  const label = (period: string) => (granularity === 'week' ? t('dashboard.weekOf', { day: formatDay(period, i18n.language) }) : formatDay(period, i18n.language));
  return (
    <ChartCard
      id="timeline"
      wide
      title={t('dashboard.overTime')}
      summary={last ? t('dashboard.overTimeSummary', { reviewed: last.reviewedTotal, approved: last.approvedTotal, total: progress.articles, since: formatDay(points[0]!.period, i18n.language) }) : t('dashboard.overTimeNone')}
      table={{
        caption: t(granularity === 'week' ? 'dashboard.overTimeWeekly' : 'dashboard.overTimeDaily'),
        head: [t(granularity === 'week' ? 'dashboard.week' : 'dashboard.day'), t('dashboard.firstReviewed'), t('dashboard.firstApproved'), t('dashboard.reviewedTotal'), t('dashboard.approvedTotal')],
        rows: points.map((p) => ({ key: p.period, label: label(p.period), values: [p.reviewed, p.approved, p.reviewedTotal, p.approvedTotal] })),
      }}
    >
      {points.length === 0 ? (
        <p className="lp-muted">{t('dashboard.overTimeNone')}</p>
      ) : (
        <ResponsiveContainer width="100%" height={280}>
          <AreaChart data={points} accessibilityLayer margin={{ left: 0, right: 24, top: 8 }}>
            <CartesianGrid stroke="#e3e7ea" />
            <XAxis dataKey="period" tickFormatter={(p: string) => formatDay(p, i18n.language)} minTickGap={24} />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => formatNumber(v, i18n.language)} />
            <Tooltip labelFormatter={(p) => label(String(p))} />
            <Legend itemSorter={legendOrder(['reviewedTotal', 'approvedTotal'])} />
            <Area type="stepAfter" dataKey="reviewedTotal" name={t('dashboard.reviewedTotal')} stroke={accent.primary} fill={accent.primary} fillOpacity={0.18} strokeWidth={2} isAnimationActive={false} />
            <Area type="stepAfter" dataKey="approvedTotal" name={t('dashboard.approvedTotal')} stroke={accent.secondary} fill={accent.secondary} fillOpacity={0.3} strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}
