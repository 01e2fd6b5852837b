import type { RouterOutputs } from '../../lib/trpc';

export type ArticleDetail = RouterOutputs['articles']['diff'];
export type ReviewItem = ArticleDetail['items'][number];

export const categoryOrder = ['unreviewed', 'unwanted', 'missing', 'ok', 'cleared'] as const;
export const scopeOrder = ['regional', 'national', null] as const;

/** The items in the order the view shows them: by category, then regional before national, then by name. */
export function orderItems(items: readonly ReviewItem[], language: string): ReviewItem[] {
  const name = (item: ReviewItem) => (item.service?.name[language as 'fi'] ?? item.service?.name.fi ?? item.serviceId).toLowerCase();
  return [...items].sort(
    (a, b) =>
      categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) ||
      scopeOrder.indexOf(a.scope) - scopeOrder.indexOf(b.scope) ||
      name(a).localeCompare(name(b), 'fi'),
  );
}

/** Rows a group shows before the reviewer asks for all of them. */
export const groupPageSize = 100;

export function groupKey(category: string, scope: string | null): string {
  return `${category}:${scope ?? 'none'}`;
}

/** The first rows of each category–scope group, or all of an expanded group, in view order. */
export function visibleRows(ordered: readonly ReviewItem[], expanded: ReadonlySet<string>): ReviewItem[] {
  const shown = new Map<string, number>();
  return ordered.filter((item) => {
    const key = groupKey(item.category, item.scope);
    const count = (shown.get(key) ?? 0) + 1;
    shown.set(key, count);
    return count <= groupPageSize || expanded.has(key);
  });
}
