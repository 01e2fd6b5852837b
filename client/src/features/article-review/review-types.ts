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
