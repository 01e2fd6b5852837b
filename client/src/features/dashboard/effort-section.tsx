import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Button } from 'suomifi-ui-components';
import type { DashboardView } from '../../../../shared/schemas/dashboard-api';
import { ChartCard, DataTable, type TableData } from './chart-card';
import { ArticleLink } from './coverage-section';
import { accent, formatNumber, hours, topicLabel } from './dashboard-format';
import { downloadCsv, tableCsv } from './effort-csv';

type Effort = DashboardView['effort'];

function HourBars({ rows, color }: { rows: { name: string; hours: number }[]; color: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={90 + rows.length * 34}>
      <BarChart data={rows} layout="vertical" accessibilityLayer margin={{ left: 8, right: 56 }}>
        <CartesianGrid horizontal={false} stroke="#e3e7ea" />
        {/* Ticks the UI language's way, as the bar labels are ("0,5 h", not "0.5 h"). */}
        <XAxis type="number" tickFormatter={(v: number) => `${formatNumber(v, i18n.language, 1)} h`} />
        <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => `${formatNumber(Number(value), i18n.language, 1)} h`} />
        <Bar dataKey="hours" name={t('dashboard.effort.hours')} fill={color} isAnimationActive={false}>
          <LabelList dataKey="hours" position="right" fontSize={12} formatter={(v: unknown) => `${formatNumber(Number(v), i18n.language, 1)} h`} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Working time measured from activity, per person and topic, with the method in one sentence. */
export function EffortSection({ effort, region }: { effort: Effort; region: string }) {
  const { t, i18n } = useTranslation();
  const n = (v: number, digits = 1) => formatNumber(v, i18n.language, digits);
  const topicName = (topic: string | null) => (topic === null ? t('dashboard.effort.other') : topicLabel(topic));
  const personTable: TableData = {
    caption: t('dashboard.effort.byPerson'),
    head: [t('dashboard.person'), t('dashboard.effort.hours'), t('dashboard.effort.otherHours'), t('dashboard.effort.sittings'), t('dashboard.effort.articles')],
    rows: effort.byPerson.map((p) => ({ key: `${p.userId ?? p.name}`, label: p.name, values: [n(hours(p.minutes)), n(hours(p.otherMinutes)), p.sittings, p.articles] })),
  };
  const topicTable: TableData = {
    caption: t('dashboard.effort.byTopic'),
    head: [t('dashboard.topic'), t('dashboard.effort.hours'), t('dashboard.effort.articles'), t('dashboard.effort.minutesPerArticle')],
    rows: effort.byTopic.map((p) => ({ key: p.topic ?? '-', label: topicName(p.topic), values: [n(hours(p.minutes)), p.articles, p.articles > 0 ? n(p.minutes / p.articles) : '–'] })),
  };
  const download = () => {
    const people = effort.byPerson.map((p) => [p.name, hours(p.minutes), hours(p.otherMinutes), p.sittings, p.articles]);
    const topics = effort.byTopic.map((p) => [topicName(p.topic), hours(p.minutes), p.articles, p.articles > 0 ? Math.round((p.minutes / p.articles) * 10) / 10 : '']);
    downloadCsv(`linkkipaja-tyoaika-${region}.csv`, tableCsv(personTable.head, people) + tableCsv(topicTable.head, topics).replace(/^\uFEFF/, '\r\n'));
  };
  return (
    <>
      <p className="lp-dash-method" data-testid="effort-method">
        {t('dashboard.effort.method', { gap: effort.gapMinutes, minimum: effort.minimumMinutes })}
      </p>
      <div className="lp-dash-figures">
        <Figure value={`${n(hours(effort.totalMinutes))} h`} label={t('dashboard.effort.total')} />
        <Figure value={effort.minutesPerArticle === null ? '–' : `${n(effort.minutesPerArticle)} min`} label={t('dashboard.effort.perArticle', { count: effort.articles })} />
        <Figure value={`${n(hours(effort.otherMinutes))} h`} label={t('dashboard.effort.otherTotal')} />
      </div>
      <div className="lp-dash-grid">
        <ChartCard
          id="effort-people"
          title={t('dashboard.effort.byPerson')}
          summary={effort.byPerson[0] ? t('dashboard.effort.byPersonSummary', { count: effort.byPerson.length, hours: n(hours(effort.totalMinutes)) }) : t('dashboard.effort.none')}
          table={personTable}
        >
          <HourBars rows={effort.byPerson.map((p) => ({ name: p.name, hours: hours(p.minutes) }))} color={accent.primary} />
        </ChartCard>
        <ChartCard
          id="effort-topics"
          title={t('dashboard.effort.byTopic')}
          summary={effort.byTopic[0] ? t('dashboard.effort.byTopicSummary', { count: effort.byTopic.filter((p) => p.topic !== null).length }) : t('dashboard.effort.none')}
          table={topicTable}
        >
          <HourBars rows={effort.byTopic.map((p) => ({ name: topicName(p.topic), hours: hours(p.minutes) }))} color={accent.secondary} />
        </ChartCard>
      </div>
      <div className="lp-dash-actions">
        <Button variant="secondary" onClick={download} disabled={effort.byPerson.length === 0}>
          {t('dashboard.effort.downloadCsv')}
        </Button>
      </div>
      {effort.topArticles.length > 0 && (
        <details className="lp-dash-drill">
          <summary>{t('dashboard.effort.topArticles', { count: effort.topArticles.length })}</summary>
          <DataTable
            table={{
              caption: t('dashboard.effort.topArticlesCaption'),
              head: [t('dashboard.article'), t('dashboard.effort.minutes')],
              rows: effort.topArticles.map((a) => ({ key: a.id, label: <ArticleLink article={a} />, values: [n(a.minutes)] })),
            }}
          />
        </details>
      )}
    </>
  );
}

export function Figure({ value, label, tone }: { value: string; label: string; tone?: 'good' | 'warn' }) {
  return (
    <div className={`lp-dash-figure${tone ? ` lp-dash-${tone}` : ''}`}>
      <span className="lp-dash-figure-value">{value}</span>
      <span className="lp-dash-figure-label">{label}</span>
    </div>
  );
}
