import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ArticleRef, CoverageList, DashboardView, ServiceRef } from '../../../../shared/schemas/dashboard-api';
import { AppLink } from '../../components/app-link';
import { localize } from '../../lib/localize';
import { linkTo, useSearchParams } from '../../lib/router';
import { ChartCard } from './chart-card';
import { accent, formatNumber, topicLabel } from './dashboard-format';

type Coverage = DashboardView['coverage'];

const share = (count: number, of: number) => (of === 0 ? 0 : Math.round((count / of) * 100));

/** Coverage gaps as shares of what they are out of, with the first items of each gap to open. */
export function CoverageSection({ coverage, articles }: { coverage: Coverage; articles: number }) {
  const { t, i18n } = useTranslation();
  const gaps = [
    { key: 'withoutRegional', name: t('dashboard.coverage.withoutRegional'), count: coverage.articlesWithoutRegional.count, of: articles, ofName: t('dashboard.coverage.ofArticles', { count: articles }) },
    ...(coverage.unlinkedRegional
      ? [{ key: 'unlinked', name: t('dashboard.coverage.unlinked'), count: coverage.unlinkedRegional.count, of: coverage.regionalServices, ofName: t('dashboard.coverage.ofRegional', { count: coverage.regionalServices }) }]
      : []),
    { key: 'missingSwedish', name: t('dashboard.coverage.missingSwedish'), count: coverage.missingSwedish.count, of: coverage.regionalServices, ofName: t('dashboard.coverage.ofRegional', { count: coverage.regionalServices }) },
  ].map((g) => ({ ...g, share: share(g.count, g.of) }));
  return (
    <>
      <ChartCard
        id="coverage"
        title={t('dashboard.coverage.heading')}
        summary={t('dashboard.coverage.summary', { without: coverage.articlesWithoutRegional.count, articles, swedish: coverage.missingSwedish.count, regional: coverage.regionalServices })}
        table={{
          caption: t('dashboard.coverage.heading'),
          head: [t('dashboard.coverage.gap'), t('dashboard.coverage.count'), t('dashboard.coverage.outOf'), t('dashboard.coverage.share')],
          rows: gaps.map((g) => ({ key: g.key, label: g.name, values: [g.count, g.of, `${g.share} %`] })),
        }}
      >
        <ResponsiveContainer width="100%" height={70 + gaps.length * 44}>
          <BarChart data={gaps} layout="vertical" accessibilityLayer margin={{ left: 8, right: 48 }}>
            <CartesianGrid horizontal={false} stroke="#e3e7ea" />
            <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${formatNumber(v, i18n.language)} %`} />
            <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => `${String(value)} %`} />
            <Bar dataKey="share" name={t('dashboard.coverage.share')} fill={accent.warm} isAnimationActive={false}>
              <LabelList dataKey="count" position="right" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <div className="lp-dash-card" data-testid="coverage-lists">
        <DrillDown title={t('dashboard.coverage.withoutRegional')} list={coverage.articlesWithoutRegional} render={(a) => <ArticleLink article={a} />} itemKey={(a) => a.id} />
        {coverage.unlinkedRegional ? (
          <DrillDown title={t('dashboard.coverage.unlinked')} list={coverage.unlinkedRegional} render={(s) => <ServiceLink service={s} />} itemKey={(s) => s.id} />
        ) : (
          <p className="lp-small lp-muted">{t('dashboard.coverage.unlinkedScoped')}</p>
        )}
        <DrillDown title={t('dashboard.coverage.missingSwedish')} list={coverage.missingSwedish} render={(s) => <ServiceLink service={s} />} itemKey={(s) => s.id} />
      </div>
    </>
  );
}

function DrillDown<T>({ title, list, render, itemKey }: { title: string; list: CoverageList<T>; render: (item: T) => ReactNode; itemKey: (item: T) => string }) {
  const { t } = useTranslation();
  return (
    <details className="lp-dash-drill">
      <summary>
        {title}: <strong>{list.count}</strong>
      </summary>
      {list.count === 0 ? (
        <p className="lp-muted lp-small">{t('dashboard.coverage.none')}</p>
      ) : (
        <>
          <ul className="lp-plain-list lp-dash-drill-list">
            {list.items.map((item) => (
              <li key={itemKey(item)}>{render(item)}</li>
            ))}
          </ul>
          {list.count > list.items.length && <p className="lp-small lp-muted">{t('dashboard.coverage.firstOf', { shown: list.items.length, count: list.count })}</p>}
        </>
      )}
    </details>
  );
}

export function ArticleLink({ article }: { article: ArticleRef }) {
  const { i18n } = useTranslation();
  const [search] = useSearchParams();
  return (
    <>
      <AppLink href={linkTo(`/articles/${encodeURIComponent(article.id)}`, search)}>{localize(article.title, i18n.language) || article.id}</AppLink> <span className="lp-muted lp-small">{topicLabel(article.topic)}</span>
    </>
  );
}

function ServiceLink({ service }: { service: ServiceRef }) {
  const { i18n } = useTranslation();
  const [search] = useSearchParams();
  const base = linkTo('/catalogue', search);
  const href = `${base}${base.includes('?') ? '&' : '?'}service=${encodeURIComponent(service.id)}`;
  return (
    <>
      <AppLink href={href}>{localize(service.name, i18n.language) || service.id}</AppLink> <span className="lp-muted lp-small">{localize(service.organizationName, i18n.language)}</span>
    </>
  );
}
