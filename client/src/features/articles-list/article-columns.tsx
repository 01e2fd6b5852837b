import { createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, sortFn_text, tableFeatures, type ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { CategoryBadge } from '../../components/category-badge';
import { formatDateTime } from '../../lib/format-date';
import { StatusLabel } from '../signoff/status-label';
import { categories, type ArticleRow } from './article-filters';

export const articleTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
});

export type ArticleColumn = ColumnDef<typeof articleTableFeatures, ArticleRow>;

/** The articles table's columns; the title cell is rendered by the view (it is the link). */
export function articleColumns(t: TFunction, language: string, comparing: boolean): ArticleColumn[] {
  const count = (category: (typeof categories)[number]): ArticleColumn => ({
    id: category,
    accessorFn: (row) => row.counts[category],
    header: () => <CategoryBadge category={category} />,
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
  });
  const columns: ArticleColumn[] = [
    { id: 'topic', accessorFn: (row) => row.topic, header: t('articles.topic'), sortFn: 'text' },
    { id: 'title', accessorFn: (row) => (language === 'sv' && row.title.sv ? row.title.sv : row.title.fi), header: t('articles.title'), sortFn: 'alphanumeric' },
    { id: 'status', accessorFn: (row) => row.status, header: t('articles.status'), cell: (info) => <StatusLabel status={info.row.original.status} />, sortFn: 'text' },
    ...categories.map(count),
    {
      id: 'scope',
      accessorFn: (row) => row.surfacing.regional,
      header: t('articles.regionalNational'),
      cell: (info) => `${info.row.original.surfacing.regional} / ${info.row.original.surfacing.national}`,
      sortFn: 'basic',
      sortDescFirst: true,
      meta: { numeric: true },
    },
    {
      id: 'reviewed',
      accessorFn: (row) => row.lastReviewedAt ?? '',
      header: t('articles.lastReviewed'),
      cell: (info) => (info.row.original.lastReviewedAt ? `${info.row.original.lastReviewedBy ?? ''}, ${formatDateTime(info.row.original.lastReviewedAt, language)}` : '—'),
      sortFn: 'text',
      sortDescFirst: true,
    },
  ];
  if (comparing) {
    columns.push({
      id: 'since',
      accessorFn: (row) => (row.since ? row.since.began + row.since.stopped : 0),
      header: t('articles.sinceSnapshot'),
      cell: (info) => (info.row.original.since ? t('articles.beganStopped', info.row.original.since) : ''),
      sortFn: 'basic',
      sortDescFirst: true,
      meta: { numeric: true },
    });
  }
  return columns;
}
