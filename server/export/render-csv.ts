/**
 * The CSV export: one table of every request (grouped by recipient), UTF-8 with a BOM so
 * Excel reads ä and ö, ';' by default (Finnish Excel lists with ';'), ',' on request,
 * RFC 4180 quoting and CRLF line ends. Every cell goes through neutralizeFormula: a CSV
 * cell has no type, so text that starts like a formula gets the apostrophe guard.
 */
import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../../shared/domain/spreadsheet-cell';
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import { exportColumns, exportRow } from './export-rows';
import { groupByRecipient } from './recipient-groups';

export type CsvSeparator = ';' | ',';

export const csvContentType = 'text/csv; charset=utf-8';

/** Rows (header first) as RFC 4180 CSV text with a BOM; every cell neutralised. */
export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator): string {
  return stringify(
    rows.map((row) => row.map(neutralizeFormula)),
    { delimiter: separator, bom: true, record_delimiter: '\r\n', quoted_match: /^\s|\s$/ },
  );
}

export function renderCsv(views: readonly ChangeRequestView[], separator: CsvSeparator = ';'): Buffer {
  const ordered = groupByRecipient(views).flatMap((group) => group.requests);
  return Buffer.from(toCsv([exportColumns.map((column) => column.header), ...ordered.map(exportRow)], separator), 'utf8');
}
