const formatters = new Map<string, Intl.DateTimeFormat>();

type Shape = 'dateTime' | 'day';

const shapes: Record<Shape, Intl.DateTimeFormatOptions> = {
  dateTime: { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Helsinki' },
  day: { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' },
};

/** One formatter per UI language and shape: Finnish, and the same day-first order in Swedish and English. */
function formatterFor(language: string, shape: Shape): Intl.DateTimeFormat {
  const locale = language === 'sv' ? 'sv-FI' : language === 'en' ? 'en-GB' : 'fi-FI';
  const key = `${locale} ${shape}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, shapes[shape]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A timestamp the Finnish way (22.11.2026 klo 14.05) in Finnish, and in the same day-first
 * order in Swedish and English, always in Finland's time zone.
 */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatterFor(language, 'dateTime').format(date);
}

const plainDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Just the day (22.11.2026): of a timestamp in Finland's time zone, or a calendar day
 * (YYYY-MM-DD, e.g. a workshop's date) as that very day.
 */
export function formatDay(isoOrDay: string | null | undefined, language: string): string {
  if (!isoOrDay) return '';
  // A calendar day is not an instant: take its noon UTC, which is the same day in Finland.
  const time = Date.parse(plainDay.test(isoOrDay) ? `${isoOrDay}T12:00:00Z` : isoOrDay);
  if (Number.isNaN(time)) return isoOrDay;
  return formatterFor(language, 'day').format(new Date(time));
}
