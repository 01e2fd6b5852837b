import type { OnChangeFn, SortingState } from '@tanstack/react-table';

/** A table's sort as kept in the URL: "column.asc" or "column.desc"; nothing when unsorted. */
function readSorting(value: string | null): SortingState {
  if (!value) return [];
  const [id, direction] = value.split('.');
  return id ? [{ id, desc: direction === 'desc' }] : [];
}

/**
 * useTable's sorting state and change handler for a sort kept as one URL value: only the
 * first sorted column is kept, and `onChange` gets its new value (null when unsorted).
 */
export function urlSorting(value: string | null, onChange: (value: string | null) => void): { sorting: SortingState; onSortingChange: OnChangeFn<SortingState> } {
  const sorting = readSorting(value);
  return {
    sorting,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      onChange(first ? `${first.id}.${first.desc ? 'desc' : 'asc'}` : null);
    },
  };
}
