const formatters = new Map<string, Intl.DateTimeFormat>();

/** The day of a timestamp (22.11.2026) in Finland's time zone: the table has no room for the hour. */
export function formatDay(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'sv' ? 'sv-FI' : language === 'en' ? 'en-GB' : 'fi-FI';
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
