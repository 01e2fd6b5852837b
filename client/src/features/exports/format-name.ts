import type { ExportFormat } from './export-input';

/** An export format's name in the UI language, for the dialog and the list of exports. */
export function formatName(t: (key: string) => string, format: ExportFormat): string {
  // One literal key per format, so the locale check sees every key used.
  switch (format) {
    case 'xlsx':
      return t('exports.formats.xlsx');
    case 'csv':
      return t('exports.formats.csv');
    case 'json':
      return t('exports.formats.json');
    case 'html':
      return t('exports.formats.html');
    case 'pdf':
      return t('exports.formats.pdf');
  }
}
