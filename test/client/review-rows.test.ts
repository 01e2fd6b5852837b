import { describe, expect, it } from 'vitest';
import { groupPageSize, orderItems, visibleRows, type ReviewItem } from '../../client/src/features/article-review/review-types';

const item = (serviceId: string, category: ReviewItem['category'], scope: ReviewItem['scope'], name = serviceId): ReviewItem =>
  ({ serviceId, category, scope, service: { name: { fi: name } } }) as unknown as ReviewItem;

describe('article view rows', () => {
  it('orders by category, regional before national before unavailable, then by name in the UI language', () => {
    const items = [item('n1', 'ok', 'national', 'Bravo'), item('u2', 'unreviewed', 'regional', 'Öljy'), item('u1', 'unreviewed', 'regional', 'Äiti'), item('m', 'missing', null), item('u3', 'unreviewed', 'national')];
    expect(orderItems(items, 'fi').map((i) => i.serviceId)).toEqual(['u1', 'u2', 'u3', 'm', 'n1']);
  });

  it('shows the first rows of each group until the group is expanded', () => {
    const many = Array.from({ length: groupPageSize + 5 }, (_, i) => item(`r${i}`, 'unreviewed', 'regional'));
    const ordered = [...many, item('n', 'unreviewed', 'national'), item('ok', 'ok', 'regional')];
    const collapsed = visibleRows(ordered, new Set());
    expect(collapsed).toHaveLength(groupPageSize + 2);
    expect(collapsed.map((i) => i.serviceId)).toContain('n');
    expect(visibleRows(ordered, new Set(['unreviewed:regional']))).toHaveLength(ordered.length);
  });
});
