/**
 * One place that turns requests into a file of the asked format, and names it. Names are
 * made by the server from the region, the date and the recipient kind, never from user text.
 */
import type { z } from 'zod';
import { exportFormatSchema, type ChangeRequestView, type recipientFilterSchema } from '../../shared/schemas/change-requests-api';
import { isoDay } from './export-rows';
import type { ExportLanguage } from './export-words';
import { csvContentType, renderCsv, type CsvSeparator } from './render-csv';
import { jsonContentType, renderJson } from './render-json';
import { htmlContentType, renderLettersHtml } from './render-letters-html';
import { pdfContentType, renderLettersPdf } from './render-letters-pdf';
import { renderXlsx, xlsxContentType } from './render-xlsx';
import type { ExportMeta } from './recipient-groups';

export type ExportFormat = z.infer<typeof exportFormatSchema>;
export const exportFormats: readonly ExportFormat[] = exportFormatSchema.options;
export type RecipientFilter = z.infer<typeof recipientFilterSchema>;

export interface RenderedFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export const contentTypes: Record<ExportFormat, string> = {
  xlsx: xlsxContentType,
  csv: csvContentType,
  json: jsonContentType,
  html: htmlContentType,
  pdf: pdfContentType,
};

const letterStem: Record<ExportLanguage, string> = { fi: 'muutospyyntokirjeet', sv: 'andringsbegaran' };

/** e.g. muutospyynnot-01-2026-11-22.xlsx, andringsbegaran-01-digifinland-2026-11-22.pdf. */
export function exportFileName(format: ExportFormat, meta: Pick<ExportMeta, 'region' | 'exportedAt' | 'language'>, recipient: RecipientFilter | null | undefined): string {
  const stem = format === 'html' || format === 'pdf' ? letterStem[meta.language] : 'muutospyynnot';
  const who = recipient ? (recipient.kind === 'organization' && recipient.organizationId ? `org-${recipient.organizationId.slice(0, 8)}` : recipient.kind) : '';
  const parts = [stem, meta.region.code, who, isoDay(meta.exportedAt)].filter((part) => part !== '');
  const safe = parts.join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-');
  return `${safe}.${format}`;
}

export interface RenderOptions {
  csvSeparator?: CsvSeparator;
  recipient?: RecipientFilter | null;
  /** Told after each recipient's part of a workbook (progress). */
  onPart?: (done: number, total: number) => void;
}

export async function renderExport(format: ExportFormat, views: readonly ChangeRequestView[], meta: ExportMeta, options: RenderOptions = {}): Promise<RenderedFile> {
  const body =
    format === 'xlsx'
      ? await renderXlsx(views, meta, options.onPart)
      : format === 'csv'
        ? renderCsv(views, options.csvSeparator ?? ';')
        : format === 'json'
          ? renderJson(views, meta)
          : format === 'html'
            ? renderLettersHtml(views, meta)
            : await renderLettersPdf(views, meta);
  return { fileName: exportFileName(format, meta, options.recipient), contentType: contentTypes[format], body };
}
