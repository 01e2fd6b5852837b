import { daysToDeadline } from '../../../../shared/domain/workshop-deadline';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (YYYY-MM-DD) the way the UI language writes it: 27.11.2026 in Finnish and Swedish. */
export function formatDay(day: string | null | undefined, language: string): string {
  if (!day) return '';
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time)) return day;
  const locale = language === 'sv' ? 'sv-FI' : language === 'en' ? 'en-GB' : 'fi-FI';
  let formatter = formatters.get(locale);
  if (!formatter) {
    // The day is a calendar day, not an instant: format it in UTC so no zone shifts it.
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(time));
}

/** Days left until the deadline day ends (0 on the day), from this browser's clock. */
export function daysLeft(deadline: string): number {
  return daysToDeadline(deadline, new Date());
}
