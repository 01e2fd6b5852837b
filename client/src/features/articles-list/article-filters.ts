import type { RouterOutputs } from '../../lib/trpc';

export type ArticleRow = RouterOutputs['articles']['list']['articles'][number];
export const categories = ['unreviewed', 'unwanted', 'missing', 'ok', 'cleared'] as const;
export { reviewStatuses as statuses } from '../../../../shared/domain/review-status';

/** The filters of the articles view, as kept in the URL. */
export interface ArticleFilters {
  query: string;
  topic: string;
  status: string;
  /** Only articles with at least one service in this diff category. */
  has: string;
  /** Only articles where something began or stopped surfacing since the compared snapshot. */
  changed: boolean;
}

export function readFilters(search: URLSearchParams): ArticleFilters {
  return { query: search.get('q') ?? '', topic: search.get('topic') ?? '', status: search.get('status') ?? '', has: search.get('has') ?? '', changed: search.get('changed') === '1' };
}

/** Rows matching every filter; every word of the query must appear in a title, the topic or the id. */
export function filterArticles(rows: readonly ArticleRow[], filters: ArticleFilters): ArticleRow[] {
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filters.topic && row.topic !== filters.topic) return false;
    if (filters.status && row.status !== filters.status) return false;
    if (filters.has && (row.counts[filters.has as (typeof categories)[number]] ?? 0) === 0) return false;
    if (filters.changed && (!row.since || row.since.began + row.since.stopped === 0)) return false;
    if (words.length === 0) return true;
    const text = `${row.title.fi} ${row.title.sv} ${row.topic} ${row.id}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
