/**
 * shared/domain/review-effort.ts: working time from activity. Sittings end after a pause
 * of more than 15 minutes, the time between events goes to the later event's article, a
 * sitting counts at least 2 minutes, and events without an article count as "other".
 */
import { describe, expect, it } from 'vitest';
import { EffortTally, measureEffort, minimumSittingMinutes, sittingGapMinutes, type EffortEvent } from '../../shared/domain/review-effort';

const start = Date.parse('2026-11-02T08:00:00.000Z');
/** An event `minute` minutes after 08:00 UTC. */
const at = (minute: number, articleId: string | null, person = 'anna'): EffortEvent => ({ at: start + minute * 60_000, person, articleId });
const articles = (effort: ReturnType<typeof measureEffort>) => Object.fromEntries(effort.articles);

describe('measureEffort', () => {
  it('states its constants as the page does', () => {
    expect([sittingGapMinutes, minimumSittingMinutes]).toEqual([15, 2]);
  });

  it('credits the time between events to the later event’s article', () => {
    const effort = measureEffort([at(0, 'a1'), at(5, 'a1'), at(12, 'a2'), at(20, 'a2')]);
    // 0→5 to a1, 5→12 to a2, 12→20 to a2; the first event opens the sitting.
    expect(articles(effort)).toEqual({ a1: 5, a2: 15 });
    expect(effort.totalMinutes).toBe(20);
    expect(effort.people).toEqual([{ person: 'anna', minutes: 20, otherMinutes: 0, sittings: 1, events: 4, articles: 2 }]);
  });

  it('a pause of exactly 15 minutes continues the sitting; 16 starts a new one', () => {
    const continued = measureEffort([at(0, 'a1'), at(15, 'a2')]);
    expect(articles(continued)).toEqual({ a2: 15 });
    expect(continued.people[0]!.sittings).toBe(1);

    const split = measureEffort([at(0, 'a1'), at(16, 'a2')]);
    // Two lone events: 2 minutes each, the pause itself is not work.
    expect(articles(split)).toEqual({ a1: 2, a2: 2 });
    expect(split.people[0]).toMatchObject({ minutes: 4, sittings: 2, events: 2 });
  });

  it('counts a lone event as 2 minutes', () => {
    const effort = measureEffort([at(0, 'a3')]);
    expect(articles(effort)).toEqual({ a3: 2 });
    expect(effort.totalMinutes).toBe(2);
  });

  it('tops a sitting shorter than 2 minutes up to 2, on its first article', () => {
    // Two events 30 seconds apart: 0.5 min to a2, 1.5 min shortfall to a1.
    const effort = measureEffort([at(0, 'a1'), at(0.5, 'a2')]);
    expect(articles(effort)).toEqual({ a1: 1.5, a2: 0.5 });
    expect(effort.totalMinutes).toBe(2);
  });

  it('keeps people apart when their events interleave', () => {
    const effort = measureEffort([at(0, 'a1', 'anna'), at(1, 'a1', 'bo'), at(10, 'a2', 'anna'), at(40, 'a2', 'bo'), at(14, 'a2', 'anna'), at(45, 'a1', 'bo')]);
    // anna: 0→10 a2, 10→14 a2 = 14 min, one sitting. bo: lone event at 1 (2 min a1), then 40→45 to a1 = 5 min.
    expect(effort.people).toEqual([
      { person: 'anna', minutes: 14, otherMinutes: 0, sittings: 1, events: 3, articles: 1 },
      { person: 'bo', minutes: 7, otherMinutes: 0, sittings: 2, events: 3, articles: 1 },
    ]);
    expect(articles(effort)).toEqual({ a1: 7, a2: 14 });
    expect(effort.totalMinutes).toBe(21);
  });

  it('counts events without an article to the person as other', () => {
    const effort = measureEffort([at(0, null), at(6, null), at(9, 'a1'), at(100, null)]);
    // 0→6 other, 6→9 a1; later a lone event without an article: 2 min other.
    expect(effort.people[0]).toMatchObject({ minutes: 11, otherMinutes: 8, articles: 1 });
    expect(effort.otherMinutes).toBe(8);
    expect(articles(effort)).toEqual({ a1: 3 });
  });

  it('adds nothing for an event stamped before the previous one', () => {
    const effort = measureEffort([at(0, 'a1'), at(10, 'a1'), at(8, 'a2'), at(12, 'a2')]);
    // 0→10 a1; 8 is earlier: 0 min; 10→12 a2.
    expect(articles(effort)).toEqual({ a1: 10, a2: 2 });
  });

  it('gives nothing for no events', () => {
    expect(measureEffort([])).toEqual({ totalMinutes: 0, otherMinutes: 0, people: [], articles: new Map() });
  });

  it('a tally gives the same as the list function, event by event', () => {
    const events = [at(0, 'a1'), at(3, 'a2', 'bo'), at(7, 'a1'), at(50, 'a3', 'bo'), at(52, null)];
    const tally = new EffortTally();
    for (const e of events) tally.add(e);
    expect(tally.result()).toEqual(measureEffort(events));
  });
});
