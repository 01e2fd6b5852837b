import type { ProgressPoint } from '../../shared/schemas/dashboard-api';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });
const dayMs = 86_400_000;
// Up to about two months a day per point reads well; longer, a week per point.
const maxDailyPoints = 62;

/** The calendar day of an instant in Finland (YYYY-MM-DD). */
export function finnishDay(iso: string | Date): string {
  return dayFormat.format(typeof iso === 'string' ? new Date(iso) : iso);
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs;
const dayOf = (n: number) => new Date(n * dayMs).toISOString().slice(0, 10);
/** The Monday of the day's week (1970-01-01 was a Thursday). */
const mondayOf = (n: number) => n - ((n + 3) % 7);

/**
 * Articles first reviewed and first approved per day (or per week when the review has run
 * longer than two months), from the first event to today, with running totals; every period
 * in between is present so the line does not skip idle days.
 */
export function progressTimeline(firstReviewed: Iterable<string>, firstApproved: Iterable<string>, now: Date): { granularity: 'day' | 'week'; points: ProgressPoint[] } {
  const reviewedDays = [...firstReviewed].map((at) => dayNumber(finnishDay(at)));
  const approvedDays = [...firstApproved].map((at) => dayNumber(finnishDay(at)));
  const all = [...reviewedDays, ...approvedDays];
  if (all.length === 0) return { granularity: 'day', points: [] };
  const today = dayNumber(finnishDay(now));
  const first = Math.min(...all);
  const last = Math.max(today, ...all);
  const granularity = last - first + 1 > maxDailyPoints ? 'week' : 'day';
  const periodOf = granularity === 'week' ? mondayOf : (n: number) => n;
  const start = periodOf(first);
  const step = granularity === 'week' ? 7 : 1;
  const count = Math.floor((periodOf(last) - start) / step) + 1;
  const reviewed = new Array<number>(count).fill(0);
  const approved = new Array<number>(count).fill(0);
  for (const n of reviewedDays) reviewed[(periodOf(n) - start) / step]! += 1;
  for (const n of approvedDays) approved[(periodOf(n) - start) / step]! += 1;
  let reviewedTotal = 0;
  let approvedTotal = 0;
  const points = reviewed.map((r, i): ProgressPoint => {
    reviewedTotal += r;
    approvedTotal += approved[i]!;
    return { period: dayOf(start + i * step), reviewed: r, approved: approved[i]!, reviewedTotal, approvedTotal };
  });
  return { granularity, points };
}
