import type { ReviewStatus } from '../../../../shared/domain/review-status';

/**
 * Colours of the review statuses: apart in hue and lightness (so they stay apart for
 * colour-blind readers and in greyscale print), each with a label colour that reads on it.
 * Every bar also carries its number and the legend names the status: colour is never alone.
 */
export const statusColors: Record<ReviewStatus, { fill: string; text: string }> = {
  not_started: { fill: '#d3d8db', text: '#1f2428' },
  in_review: { fill: '#f2b233', text: '#1f2428' },
  waiting_approval: { fill: '#6fa8dc', text: '#1f2428' },
  sent_back: { fill: '#b3245d', text: '#ffffff' },
  approved: { fill: '#1e7b3a', text: '#ffffff' },
  drifted: { fill: '#5b3a94', text: '#ffffff' },
};

export const accent = { primary: '#2a6ebb', secondary: '#1e7b3a', warm: '#c4561d', grey: '#9aa3a8' };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number the UI language's way (1 234,5 in Finnish), with at most `digits` decimals. */
export function formatNumber(value: number, language: string, digits = 0): string {
  const locale = language === 'sv' ? 'sv-FI' : language === 'en' ? 'en-GB' : 'fi-FI';
  const key = `${locale}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return format.format(value);
}

/** Minutes as hours with one decimal, the unit a cost-benefit analysis uses. */
export const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** A bar label that hides zeros, so empty segments do not print "0" on top of each other. */
export const hideZero = (value: unknown) => (typeof value === 'number' && value > 0 ? value : '');

/**
 * A topic as a heading shows it. Topics are the articles' own Finnish words ("arjen tuki"), with
 * no translation anywhere, so the label only capitalises them to read as names in a chart.
 */
export const topicLabel = (topic: string) => topic.charAt(0).toLocaleUpperCase('fi') + topic.slice(1);

/**
 * A legend sorter keeping the series' own order (the statuses' workflow order, open before
 * closed): recharts sorts legends by label, which would give each language another order.
 */
export const legendOrder = (keys: readonly string[]) => (item: { dataKey?: unknown }) => keys.indexOf(String(item.dataKey));
