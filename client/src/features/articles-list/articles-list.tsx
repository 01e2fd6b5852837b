import { useQuery } from '@tanstack/react-query';
import { useTable } from '@tanstack/react-table';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import { Heading, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { SortableHeader } from '../../components/sortable-header';
import { VirtualTableBody } from '../../components/virtual-table-body';
import { localize } from '../../lib/localize';
import { linkTo, useSearchParams } from '../../lib/router';
import { urlSorting } from '../../lib/url-sorting';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { ArticleFilterBar } from './article-filter-bar';
import { filterArticles, readFilters } from './article-filters';
import { articleColumns, articleTableFeatures } from './article-columns';

/** All articles of the region with their review state; filters and sort live in the URL. */
export function ArticlesList() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { region, compare } = useWorkbenchParams();
  const [search, update] = useSearchParams();
  const filters = readFilters(search);
  const list = useQuery(trpc.articles.list.queryOptions({ region, compareSnapshot: compare }));
  const all = useMemo(() => list.data?.articles ?? [], [list.data]);
  const rows = useMemo(() => filterArticles(all, filters), [all, filters.query, filters.topic, filters.status, filters.has, filters.changed]); // eslint-disable-line react-hooks/exhaustive-deps
  const topics = useMemo(() => [...new Set(all.map((a) => a.topic))].sort((a, b) => a.localeCompare(b, 'fi')), [all]);
  const columns = useMemo(() => articleColumns(t, i18n.language, compare !== null), [t, i18n.language, compare]);
  const { sorting, onSortingChange } = urlSorting(search.get('sort'), (sort) => update({ sort }, { replace: true }));
  const table = useTable({ features: articleTableFeatures, columns, data: rows, state: { sorting }, onSortingChange });
  const tableRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  return (
    <section aria-labelledby="articles-heading">
      <Heading variant="h1" id="articles-heading">{t('articles.heading')}</Heading>
      <ArticleFilterBar filters={filters} topics={topics} comparing={compare !== null} onChange={(changes) => update(changes, { replace: true })} />
      {list.error && <ErrorMessage error={list.error} />}
      <Text className="lp-muted" aria-live="polite">
        {list.isPending ? t('common.loading') : t('articles.count', { shown: rows.length, total: all.length })}
      </Text>
      <div ref={scrollRef} className="lp-scroll" tabIndex={-1}>
        <table className="lp-table" data-testid="articles-table" aria-busy={list.isPending} aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              {headers.map((header) => {
                const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                return (
                  <SortableHeader key={header.id} column={header.column} className={numeric ? 'lp-num' : undefined}>
                    <table.FlexRender header={header} />
                  </SortableHeader>
                );
              })}
            </tr>
          </thead>
          <VirtualTableBody
            count={tableRows.length}
            rowHeight={45}
            scrollRef={scrollRef}
            columns={headers.length}
            renderRow={(index) => {
              const row = tableRows[index]!;
              const article = row.original;
              const href = linkTo(`/articles/${encodeURIComponent(article.id)}`, search);
              return (
                <tr key={row.id} data-testid="article-row" aria-rowindex={index + 2}>
                  {row.getAllCells().map((cell) => {
                    const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                    if (cell.column.id === 'title') {
                      return (
                        <td key={cell.id}>
                          <AppLink href={href}>
                            {localize(article.title, i18n.language)}
                          </AppLink>
                          {i18n.language !== 'sv' && article.title.sv && <div className="lp-muted lp-small" lang="sv">{article.title.sv}</div>}
                        </td>
                      );
                    }
                    return (
                      <td key={cell.id} className={numeric ? 'lp-num' : undefined}>
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              );
            }}
          />
        </table>
      </div>
    </section>
  );
}
