/**
 * The spreadsheet export: a summary sheet (requests per recipient and state, when, which
 * region, by whom) and one sheet per recipient with a frozen, filterable header row.
 *
 * Formula guard, decided here once: every data cell is a shared-string (text) cell or a
 * number, never a formula, and text cells carry the Text number format ("@"). A text cell
 * does not execute when the file is opened, and with "@" it stays text even when someone
 * edits it and presses Enter. We do NOT add the apostrophe prefix that CSV gets
 * (neutralizeFormula): in XLSX it would be a visible, wrong character in the recipient's
 * data (security.md asks for "no visible quote prefix"), and it would not add safety the
 * cell type does not already give. Tests unzip the file and check there is no <f>.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { changeRequestStates } from '../../shared/domain/change-request';
import { safeSheetName, xmlSafeText } from '../../shared/domain/spreadsheet-cell';
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import { exportColumns, exportRow } from './export-rows';
import { stateWords, summaryWords } from './export-words';
import { groupByRecipient, type ExportMeta } from './recipient-groups';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Styles are set per cell as these very objects, never as column styles: exceljs caches a
 * style by object identity, and a column style is copied into every cell (a new object
 * each), which made 5,000 requests take seconds instead of a few hundred milliseconds.
 */
const textStyle: Partial<ExcelJS.Style> = { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } };
const headerStyle: Partial<ExcelJS.Style> = { ...textStyle, font: { bold: true } };
const titleStyle: Partial<ExcelJS.Style> = { font: { bold: true, size: 14 } };
const totalStyle: Partial<ExcelJS.Style> = { font: { bold: true } };

/** Adds a row whose cells all carry `style`, and writes it out. */
function addRow(sheet: ExcelJS.Worksheet, values: (string | number)[], style: Partial<ExcelJS.Style> = textStyle): void {
  const row = sheet.addRow(values.map(cellValue));
  row.eachCell((cell) => {
    // Numbers keep the General format; text gets the Text format ("@").
    if (typeof cell.value === 'string' || style !== textStyle) cell.style = style;
  });
  row.commit();
}

/** The only way a value reaches a cell: text made XML-safe, or a finite number. */
function cellValue(value: string | number): string | number {
  return typeof value === 'number' ? (Number.isFinite(value) ? value : 0) : xmlSafeText(value);
}

const landscape: Partial<ExcelJS.PageSetup> = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

/** Renders the workbook; `onSheet` is told after each recipient sheet (for progress). */
export async function renderXlsx(views: readonly ChangeRequestView[], meta: ExportMeta, onSheet: (done: number, total: number) => void = () => {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Linkkipaja';
  workbook.created = new Date(meta.exportedAt);

  const groups = groupByRecipient(views);
  const taken = new Set<string>();
  const summaryName = safeSheetName(`${summaryWords.sheet.fi} - ${summaryWords.sheet.sv}`, taken);
  taken.add(summaryName);
  writeSummary(workbook.addWorksheet(summaryName, { pageSetup: landscape }), groups, meta);

  let done = 0;
  for (const group of groups) {
    const name = safeSheetName(group.recipient.name, taken);
    taken.add(name);
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: landscape });
    sheet.columns = exportColumns.map((column) => ({ key: column.key, width: column.width }));
    addRow(sheet, exportColumns.map((column) => column.header), headerStyle);
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportColumns.length } };
    for (const view of group.requests) addRow(sheet, exportRow(view));
    sheet.commit();
    done += 1;
    onSheet(done, groups.length);
  }
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}

function writeSummary(sheet: ExcelJS.Worksheet, groups: ReturnType<typeof groupByRecipient>, meta: ExportMeta): void {
  const label = (words: { fi: string; sv: string }) => `${words.fi} / ${words.sv}`;
  sheet.columns = [{ width: 36 }, ...changeRequestStates.map(() => ({ width: 14 })), { width: 12 }];
  addRow(sheet, [label(summaryWords.title)], titleStyle);
  addRow(sheet, [label(summaryWords.region), `${meta.region.name.fi} / ${meta.region.name.sv} (${meta.region.code})`]);
  addRow(sheet, [label(summaryWords.exportedAt), meta.exportedAt]);
  addRow(sheet, [label(summaryWords.exportedBy), meta.exportedBy]);
  addRow(sheet, []);
  addRow(sheet, [label(summaryWords.recipient), ...changeRequestStates.map((state) => label(stateWords[state])), label(summaryWords.total)], headerStyle);
  const totals = changeRequestStates.map(() => 0);
  for (const group of groups) {
    const counts = changeRequestStates.map((state) => group.requests.filter((request) => request.state === state).length);
    counts.forEach((count, i) => (totals[i] = (totals[i] ?? 0) + count));
    addRow(sheet, [group.recipient.name, ...counts, group.requests.length]);
  }
  addRow(sheet, [label(summaryWords.total), ...totals, totals.reduce((a, b) => a + b, 0)], totalStyle);
  sheet.commit();
}
