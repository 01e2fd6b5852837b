import type { z } from 'zod';
import { changeRequestStates, recipientFilterOfKey, type ChangeRequestState } from '../../../../shared/domain/change-request';
import type { startExportInputSchema } from '../../../../shared/schemas/change-requests-api';

export type ExportFormat = 'xlsx' | 'csv' | 'json' | 'html' | 'pdf';
export const exportFormats: readonly ExportFormat[] = ['xlsx', 'csv', 'json', 'html', 'pdf'];
export const isLetter = (format: ExportFormat) => format === 'html' || format === 'pdf';

/** What the export dialog's form holds. `recipient` is 'all' or a recipient key (shared/domain/change-request.ts). */
export interface ExportChoices {
  format: ExportFormat;
  recipient: string;
  states: ChangeRequestState[];
  language: 'fi' | 'sv';
  csvSeparator: ';' | ',';
  markSent: boolean;
  /** Only these requests (the list's selection); empty: what recipient and states say. */
  ids: number[];
}

/**
 * Whether an export marks its ready requests sent unless the person says otherwise: a letter or
 * a workbook is what goes to the recipient; CSV and JSON are mostly for one's own use.
 */
export const markSentByDefault = (format: ExportFormat): boolean => format === 'xlsx' || isLetter(format);

export const defaultChoices = (ids: readonly number[]): ExportChoices => ({ format: 'xlsx', recipient: 'all', states: ['ready'], language: 'fi', csvSeparator: ';', markSent: markSentByDefault('xlsx'), ids: [...ids] });

/**
 * How many requests the export moves to sent, for the line next to the Export button: the
 * selection's ready ones, or the ready ones of the chosen recipient (all recipients: every one).
 */
export function readyToMark(choices: ExportChoices, readySelected: number, groups: readonly { key: string; ready: number }[]): number {
  if (!choices.markSent) return 0;
  if (choices.ids.length > 0) return readySelected;
  if (!choices.states.includes('ready')) return 0;
  return groups.filter((g) => choices.recipient === 'all' || g.key === choices.recipient).reduce((sum, g) => sum + g.ready, 0);
}

export type StartExportInput = z.input<typeof startExportInputSchema>;

/**
 * The exports.start input for the form: a selection is exported whole (whatever its states);
 * the letter language and CSV separator go only with the formats they concern.
 */
export function exportInput(region: string, choices: ExportChoices): StartExportInput {
  const selection = choices.ids.length > 0;
  const recipient = recipientFilterOfKey(choices.recipient);
  return {
    region,
    format: choices.format,
    language: isLetter(choices.format) ? choices.language : 'fi',
    recipient: selection ? null : recipient,
    states: selection ? [...changeRequestStates] : choices.states,
    ...(selection ? { ids: choices.ids } : {}),
    ...(choices.format === 'csv' ? { csvSeparator: choices.csvSeparator } : {}),
    markSent: choices.markSent && (selection || choices.states.includes('ready')),
  };
}

/** The id of the stored export in a finished export job's result. */
export function exportIdOf(result: unknown): number | null {
  if (typeof result !== 'object' || result === null) return null;
  const r = result as Record<string, unknown>;
  const id = r['exportId'] ?? r['id'];
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
}

export const exportFileUrl = (exportId: number) => `/api/exports/${exportId}/file`;
