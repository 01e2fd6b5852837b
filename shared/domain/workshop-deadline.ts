/**
 * When a workshop takes proposals. An asynchronous workshop is open until the end of its
 * deadline day in Finland (the counties' time zone, whatever the server's); a live one, or
 * one without a deadline, is always open.
 */
export interface WorkshopTiming {
  mode: 'live' | 'async';
  /** YYYY-MM-DD, or null. */
  deadline: string | null;
}

const finnishDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) it is in Finland at `now`. */
export function dayInFinland(now: Date): string {
  return finnishDay.format(now);
}

/** Whether proposals are still taken at `now`. */
export function proposalsOpen(workshop: WorkshopTiming, now: Date): boolean {
  if (workshop.mode !== 'async' || workshop.deadline === null) return true;
  return dayInFinland(now) <= workshop.deadline;
}

/** Whole days from `now` (in Finland) to the deadline day: 0 on the day itself, negative after it. */
export function daysToDeadline(deadline: string, now: Date): number {
  const today = Date.parse(`${dayInFinland(now)}T00:00:00Z`);
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - today) / 86_400_000);
}
