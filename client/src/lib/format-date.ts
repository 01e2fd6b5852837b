const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A timestamp the Finnish way (22.11.2026 klo 14.05) in Finnish, and in the same day-first
 * order in Swedish and English, always in Finland's time zone.
 */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'sv' ? 'sv-FI' : language === 'en' ? 'en-GB' : 'fi-FI';
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Helsinki' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
