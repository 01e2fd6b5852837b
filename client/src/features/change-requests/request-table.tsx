import { useTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeRequestView } from '../../../../shared/schemas/change-requests-api';
import { AppLink } from '../../components/app-link';
import { VirtualTableBody } from '../../components/virtual-table-body';
import { useAreaLabel } from '../../lib/area-label';
import { linkTo } from '../../lib/router';
import { requestColumns, requestTableFeatures, type RequestColumnMeta } from './request-columns';

export function readSorting(value: string | null): SortingState {
  if (!value) return [];
  const [id, direction] = value.split('.');
  return id ? [{ id, desc: direction === 'desc' }] : [];
}

function cellClass(meta: RequestColumnMeta | undefined): string | undefined {
  return [meta?.numeric ? 'lp-num' : '', meta?.className ?? ''].filter(Boolean).join(' ') || undefined;
}

/**
 * The requests as a sortable table with a selection column; only the visible rows are
 * rendered (there can be thousands). Sorting is kept in the URL by the caller.
 */
export function RequestTable({
  rows,
  total,
  busy,
  sort,
  onSort,
  selected,
  onSelect,
  search,
}: {
  rows: ChangeRequestView[];
  total: number;
  busy: boolean;
  sort: string | null;
  onSort: (value: string | null) => void;
  /** Null when the person may not act on a selection (no selection column). */
  selected: ReadonlySet<number> | null;
  onSelect: (ids: number[], select: boolean) => void;
  search: URLSearchParams;
}) {
  const { t, i18n } = useTranslation();
  const areaLabel = useAreaLabel();
  // Ages are counted from when the list was loaded, so they do not tick while one reads.
  const now = useMemo(() => new Date(), [rows]); // eslint-disable-line react-hooks/exhaustive-deps
  const columns = useMemo(() => requestColumns(t, i18n.language, now, areaLabel).filter((c) => selected !== null || c.id !== 'select'), [t, i18n.language, now, selected !== null, areaLabel]); // eslint-disable-line react-hooks/exhaustive-deps
  const sorting = readSorting(sort);
  const table = useTable({
    features: requestTableFeatures,
    columns,
    data: rows,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      onSort(first ? `${first.id}.${first.desc ? 'desc' : 'asc'}` : null);
    },
  });
  const tableRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const shownIds = rows.map((r) => r.id);
  const allShownSelected = selected !== null && shownIds.length > 0 && shownIds.every((id) => selected.has(id));
  return (
    <div ref={scrollRef} className="lp-scroll lp-cr-scroll" tabIndex={-1}>
      <table className="lp-table lp-cr-table" data-testid="requests-table" aria-busy={busy} aria-rowcount={rows.length + 1}>
        <caption>{t('changeRequests.caption', { shown: rows.length, total })}</caption>
        <thead>
          <tr>
            {headers.map((header) => {
              const meta = header.column.columnDef.meta as RequestColumnMeta | undefined;
              if (header.column.id === 'select') {
                return (
                  <th key={header.id} scope="col">
                    <input type="checkbox" aria-label={t('changeRequests.selectShown')} checked={allShownSelected} disabled={shownIds.length === 0} onChange={() => onSelect(shownIds, !allShownSelected)} />
                  </th>
                );
              }
              const sorted = header.column.getIsSorted();
              return (
                <th key={header.id} scope="col" className={cellClass(meta)} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                  <button type="button" className="lp-sort" onClick={header.column.getToggleSortingHandler()}>
                    <table.FlexRender header={header} />
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <VirtualTableBody
          count={tableRows.length}
          rowHeight={58}
          scrollRef={scrollRef}
          columns={headers.length}
          renderRow={(index) => {
            const row = tableRows[index]!;
            const request = row.original;
            return (
              <tr key={request.id} data-testid="request-row" data-code={request.code} aria-rowindex={index + 2}>
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta as RequestColumnMeta | undefined;
                  if (cell.column.id === 'select') {
                    return (
                      <td key={cell.id}>
                        <input type="checkbox" aria-label={t('changeRequests.selectRow', { code: request.code })} checked={selected?.has(request.id) ?? false} onChange={(e) => onSelect([request.id], e.target.checked)} />
                      </td>
                    );
                  }
                  if (cell.column.id === 'code') {
                    return (
                      <td key={cell.id} className="lp-cr-code">
                        <AppLink href={linkTo(`/change-requests/${request.id}`, search)}>{request.code}</AppLink>
                      </td>
                    );
                  }
                  return (
                    <td key={cell.id} className={cellClass(meta)}>
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
  );
}
