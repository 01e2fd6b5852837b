import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, SearchInput, Text } from 'suomifi-ui-components';
import { serviceSearchPageSize } from '../../../../shared/schemas/review-api';
import { ErrorMessage } from '../../components/error-message';
import { VirtualTableBody } from '../../components/virtual-table-body';
import { localize } from '../../lib/localize';
import { useSearchParams } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { FacetPanel, facetNames, type FacetName } from './facet-panel';
import { ServiceDetail } from './service-detail';


/** Every service available in the region, with facets, free-text search and per-service detail. */
export function CatalogueView() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { region } = useWorkbenchParams();
  const [search, update] = useSearchParams();
  // Every keystroke searches at once; the URL (for bookmarks) catches up when typing pauses.
  const [query, setQuery] = useState(search.get('q') ?? '');
  const urlTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onType = (value: string) => {
    setQuery(value);
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(() => update({ q: value, shown: null }, { replace: true }), 400);
  };
  useEffect(() => () => clearTimeout(urlTimer.current), []);
  const limit = Number(search.get('shown')) > 0 ? Number(search.get('shown')) : serviceSearchPageSize;
  const facetKey = facetNames.map((f) => search.get(f) ?? '').join('|');
  const selected = useMemo(
    () => Object.fromEntries(facetNames.map((f, i) => [f, facetKey.split('|')[i]?.split(',').filter(Boolean) ?? []])) as Record<FacetName, string[]>,
    [facetKey],
  );
  const openId = search.get('service');
  const result = useQuery({
    ...trpc.services.search.queryOptions({ region, query, ...selected, areas: selected.areas as ('national' | 'regional')[], languages: selected.languages as ('complete' | 'missing_sv' | 'missing_fi')[], limit: Math.min(limit, 500) }),
    placeholderData: keepPreviousData,
  });
  // The table repaints first; the facet counts follow when the browser has a moment.
  const facets = useDeferredValue(result.data?.facets);
  const scrollRef = useRef<HTMLDivElement>(null);
  const services = result.data?.services ?? [];
  const toggle = useCallback(
    (facet: FacetName, value: string) => {
      const current = selected[facet];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      update({ [facet]: next.join(',') || null, shown: null }, { replace: true });
    },
    [selected, update],
  );
  return (
    <section aria-labelledby="catalogue-heading">
      <Heading variant="h1" id="catalogue-heading">{t('catalogue.heading')}</Heading>
      <div className="lp-toolbar" role="search">
        <SearchInput labelText={t('catalogue.search')} clearButtonLabel={t('common.clear')} searchButtonLabel={t('catalogue.search')} defaultValue={query} debounce={0} onChange={(v) => onType(String(v))} onSearch={(v) => onType(String(v))} />
      </div>
      {result.error && <ErrorMessage error={result.error} />}
      <div className="lp-catalogue-layout">
        <FacetPanel facets={facets} selected={selected} onToggle={toggle} />
        <div>
          <Text className="lp-muted" aria-live="polite">{result.data ? t('catalogue.count', { shown: services.length, total: result.data.total, count: result.data.total }) : t('common.loading')}</Text>
          {openId && <ServiceDetail region={region} serviceId={openId} onClose={() => update({ service: null })} />}
          <div ref={scrollRef} className="lp-scroll">
            <table className="lp-table" data-testid="catalogue-table" aria-rowcount={services.length + 1}>
              <thead>
                <tr>
                  <th>{t('catalogue.name')}</th>
                  <th>{t('catalogue.organization')}</th>
                  <th>{t('facet.areas')}</th>
                  <th>{t('facet.languages')}</th>
                </tr>
              </thead>
              <VirtualTableBody
                count={services.length}
                rowHeight={41}
                scrollRef={scrollRef}
                columns={4}
                renderRow={(index) => {
                  const s = services[index]!;
                  return (
                    <tr key={s.id} data-testid="catalogue-row" aria-rowindex={index + 2}>
                      <td>
                        <button type="button" className="lp-link-button" onClick={() => update({ service: s.id })}>{localize(s.name, i18n.language) || s.id}</button>
                      </td>
                      <td>{localize(s.organizationName, i18n.language)}</td>
                      <td>{t(`scope.${s.area}`)}</td>
                      <td>{t(`languageCompleteness.${s.language}`)}</td>
                    </tr>
                  );
                }}
              />
            </table>
          </div>
          {result.data && services.length < result.data.total && limit < 500 && (
            <Button variant="secondary" onClick={() => update({ shown: String(Math.min(limit + serviceSearchPageSize * 2, 500)) }, { replace: true })}>{t('catalogue.showMore')}</Button>
          )}
        </div>
      </div>
    </section>
  );
}
