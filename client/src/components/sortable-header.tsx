import type { ReactNode, ThHTMLAttributes } from 'react';

/** What a header needs of a table column to sort by it (a @tanstack/react-table Column). */
interface SortableColumn {
  getIsSorted: () => false | 'asc' | 'desc';
  getToggleSortingHandler: () => undefined | ((event: unknown) => void);
}

/**
 * A column header that sorts its table when pressed: a real button inside the `th`, and the
 * direction told to screen readers by aria-sort (the arrow is for the eye only).
 */
export function SortableHeader({ column, children, ...th }: { column: SortableColumn; children: ReactNode } & Omit<ThHTMLAttributes<HTMLTableCellElement>, 'aria-sort' | 'children'>) {
  const sorted = column.getIsSorted();
  return (
    <th {...th} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
      <button type="button" className="lp-sort" onClick={column.getToggleSortingHandler()}>
        {children}
        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
      </button>
    </th>
  );
}
