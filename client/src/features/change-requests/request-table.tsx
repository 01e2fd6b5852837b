import { useTable } from '@tanstack/react-table';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeRequestView } from '../../../../shared/schemas/change-requests-api';
import { AppLink } from '../../components/app-link';
import { SortableHeader } from '../../components/sortable-header';
import { VirtualTableBody } from '../../components/virtual-table-body';
import { useAreaLabel } from '../../lib/area-label';
import { linkTo } from '../../lib/router';
import { urlSorting } from '../../lib/url-sorting';
import { requestColumns, requestTableFeatures, type RequestColumnMeta } from './request-columns';

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
  const { sorting, onSortingChange } = urlSorting(sort, onSort);
  const table = useTable({ features: requestTableFeatures, columns, data: rows, state: { sorting }, onSortingChange });
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
              return (
                <SortableHeader key={header.id} column={header.column} scope="col" className={cellClass(meta)}>
                  <table.FlexRender header={header} />
                </SortableHeader>
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
