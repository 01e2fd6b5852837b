import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';

export interface TableData {
  caption: string;
  /** Column headings; the first is the row heading column. */
  head: string[];
  rows: { key: string; label: ReactNode; values: (string | number)[] }[];
}

/**
 * One chart with its heading, a one-line summary in words, and a toggle to the same numbers
 * as a real table (for screen readers, copying into a report, and those who prefer it).
 */
export function ChartCard({ id, title, summary, table, children, wide = false }: { id: string; title: string; summary: string; table: TableData; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const bodyId = useId();
  return (
    <section className={`lp-dash-card${wide ? ' lp-dash-wide' : ''}`} aria-labelledby={headingId} data-testid={`chart-${id}`}>
      <div className="lp-dash-card-head">
        <Heading variant="h3" as="h3" id={headingId}>{title}</Heading>
        {/* The label names what a press shows next (no aria-pressed, which would contradict it). */}
        <Button variant="secondaryNoBorder" aria-controls={bodyId} onClick={() => setAsTable(!asTable)}>
          {asTable ? t('dashboard.showAsChart') : t('dashboard.showAsTable')}
        </Button>
      </div>
      <p className="lp-dash-summary">{summary}</p>
      <div id={bodyId}>{asTable ? <DataTable table={table} /> : <div className="lp-dash-chart">{children}</div>}</div>
    </section>
  );
}

export function DataTable({ table }: { table: TableData }) {
  const [first, ...rest] = table.head;
  return (
    // A long table scrolls inside its card; focusable so the keyboard can scroll it too.
    <div className="lp-dash-table-wrap" tabIndex={0} role="region" aria-label={table.caption}>
      <table className="lp-table lp-dash-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {rest.map((h) => (
              <th scope="col" key={h} className="lp-dash-num">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.values.map((v, i) => (
                <td key={i} className="lp-dash-num">{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
