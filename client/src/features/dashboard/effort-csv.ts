import { stringify } from 'csv-stringify/browser/esm/sync';
import { neutralizeFormula } from '../../../../shared/domain/spreadsheet-cell';

/**
 * A table as CSV for Finnish Excel (UTF-8 with BOM, `;` between fields). Names come from
 * people and articles, so every text cell is neutralised against formula injection.
 */
export function tableCsv(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => (typeof value === 'number' ? String(value).replace('.', ',') : neutralizeFormula(value));
  return stringify([head.map(cell), ...rows.map((row) => row.map(cell))], { bom: true, delimiter: ';', record_delimiter: 'windows' });
}

/** Offers the text as a file download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
