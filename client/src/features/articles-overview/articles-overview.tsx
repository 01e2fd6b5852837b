import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, Heading, LoadingSpinner, SearchInput } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { useTRPC } from '../../lib/trpc';

const categories = ['unreviewed', 'unwanted', 'missing', 'ok', 'cleared'] as const;
const defaultRegion = '01';

/** Every article of a region with its diff counts. */
export function ArticlesOverview() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [region, setRegion] = useState(() => new URLSearchParams(location.search).get('region') ?? defaultRegion);
  const [filter, setFilter] = useState('');
  const regions = useQuery(trpc.catalogue.regions.queryOptions());
  const articles = useQuery(trpc.articles.list.queryOptions({ region }));
  const lang = i18n.language === 'sv' ? 'sv' : 'fi';

  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const all = articles.data?.articles ?? [];
    return needle === '' ? all : all.filter((a) => `${a.id} ${a.topic} ${a.title.fi} ${a.title.sv}`.toLowerCase().includes(needle));
  }, [articles.data, filter]);

  const chooseRegion = (code: string) => {
    setRegion(code);
    history.replaceState(null, '', `?region=${encodeURIComponent(code)}`);
  };

  return (
    <section aria-labelledby="overview-heading">
      <Heading variant="h1" id="overview-heading">{t('overview.heading')}</Heading>
      <div className="lp-toolbar">
        <Dropdown labelText={t('overview.region')} value={region} onChange={chooseRegion}>
          {(regions.data ?? []).map((r) => (
            <DropdownItem key={r.code} value={r.code}>{`${r.code} ${lang === 'sv' ? r.name.sv : r.name.fi}`}</DropdownItem>
          ))}
        </Dropdown>
        <SearchInput labelText={t('overview.filter')} clearButtonLabel="×" searchButtonLabel={t('overview.filter')} value={filter} onChange={(v) => setFilter(String(v ?? ''))} />
      </div>
      {articles.error && <ErrorMessage error={articles.error} />}
      {articles.isLoading && <LoadingSpinner status="loading" text={t('overview.loading')} />}
      {articles.data && (
        <>
          <p className="lp-muted">
            {articles.data.snapshot ? t('overview.snapshot', { id: articles.data.snapshot }) : t('overview.noSnapshot')} · {t('overview.count', { shown: rows.length, total: articles.data.articles.length })}
          </p>
          <table className="lp-table">
            <thead>
              <tr>
                <th scope="col">{t('overview.topic')}</th>
                <th scope="col">{t('overview.title')}</th>
                {categories.map((c) => (
                  <th scope="col" key={c} className="lp-num">{t(`category.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <td>{a.topic}</td>
                  <td>{(lang === 'sv' && a.title.sv) || a.title.fi}</td>
                  {categories.map((c) => (
                    <td key={c} className="lp-num">{a.counts[c]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
