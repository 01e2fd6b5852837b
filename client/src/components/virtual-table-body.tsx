import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode, RefObject } from 'react';

/**
 * Renders only the visible rows of a long table (plus a few either side), with spacer rows
 * keeping the scroll height right. Screen readers still get a real table with row counts.
 */
export function VirtualTableBody({
  count,
  rowHeight,
  scrollRef,
  columns,
  renderRow,
}: {
  count: number;
  rowHeight: number;
  scrollRef: RefObject<HTMLElement | null>;
  columns: number;
  renderRow: (index: number) => ReactNode;
}) {
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <tbody>
      {top > 0 && (
        <tr aria-hidden="true">
          <td colSpan={columns} style={{ height: top, padding: 0, border: 0 }} />
        </tr>
      )}
      {items.map((item) => renderRow(item.index))}
      {bottom > 0 && (
        <tr aria-hidden="true">
          <td colSpan={columns} style={{ height: bottom, padding: 0, border: 0 }} />
        </tr>
      )}
    </tbody>
  );
}
