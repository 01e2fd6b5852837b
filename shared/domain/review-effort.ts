/**
 * Review effort measured from activity instead of asked in a survey: the counties report
 * working time in their cost-benefit analysis, and every decision, comment, proposal and
 * sign-off already carries who and when.
 *
 * Method: each person's events are grouped into sittings; a pause of more than
 * `sittingGapMinutes` ends a sitting. The time between two consecutive events of a sitting
 * is credited to the article of the later event (the work that led to it). A sitting counts
 * at least `minimumSittingMinutes`, so a lone event is 2 minutes; the shortfall is credited
 * to the sitting's first event. Events without an article (user admin, imports, requests
 * without an article) are credited to the person as "other".
 */

export const sittingGapMinutes = 15;
export const minimumSittingMinutes = 2;

const minuteMs = 60_000;

export interface EffortEvent {
  /** Milliseconds since the epoch. */
  at: number;
  /** Whoever did it (a user id or name): sittings are per person. */
  person: string;
  /** The article the event concerns, or null (counted to the person as "other"). */
  articleId: string | null;
}

export interface PersonEffort {
  person: string;
  minutes: number;
  /** Of `minutes`, what went to events without an article. */
  otherMinutes: number;
  sittings: number;
  events: number;
  /** Distinct articles the person was credited time for. */
  articles: number;
}

export interface ReviewEffort {
  totalMinutes: number;
  /** Time on events without an article, all people together. */
  otherMinutes: number;
  /** Per person, most minutes first (ties by person). */
  people: PersonEffort[];
  /** Per article id, all people together. */
  articles: Map<string, number>;
}

interface OpenSitting {
  firstAt: number;
  lastAt: number;
  firstArticle: string | null;
}

interface PersonTally {
  ms: number;
  otherMs: number;
  sittings: number;
  events: number;
  articles: Set<string>;
  open: OpenSitting | null;
}

/**
 * Adds events one at a time, in time order per person (the order history is written in),
 * so a long history is one pass without sorting or keeping the events.
 */
export class EffortTally {
  private readonly people = new Map<string, PersonTally>();
  private readonly articleMs = new Map<string, number>();

  add(event: EffortEvent): void {
    let person = this.people.get(event.person);
    if (!person) this.people.set(event.person, (person = { ms: 0, otherMs: 0, sittings: 0, events: 0, articles: new Set(), open: null }));
    person.events += 1;
    const open = person.open;
    // An event far before the previous one (history written out of time order) is a sitting
    // of its own rather than a reason to merge the two.
    if (open && Math.abs(event.at - open.lastAt) <= sittingGapMinutes * minuteMs) {
      // Out-of-order timestamps (a clock set back) add nothing rather than negative time.
      this.credit(person, event.articleId, Math.max(0, event.at - open.lastAt));
      open.lastAt = Math.max(open.lastAt, event.at);
      return;
    }
    if (open) this.close(person, open);
    person.sittings += 1;
    person.open = { firstAt: event.at, lastAt: event.at, firstArticle: event.articleId };
  }

  /** The effort so far, with every open sitting closed. */
  result(): ReviewEffort {
    for (const person of this.people.values()) {
      if (person.open) this.close(person, person.open);
      person.open = null;
    }
    const people = [...this.people].map(
      ([name, p]): PersonEffort => ({ person: name, minutes: p.ms / minuteMs, otherMinutes: p.otherMs / minuteMs, sittings: p.sittings, events: p.events, articles: p.articles.size }),
    );
    people.sort((a, b) => b.minutes - a.minutes || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
    const totalMs = [...this.people.values()].reduce((sum, p) => sum + p.ms, 0);
    const otherMs = [...this.people.values()].reduce((sum, p) => sum + p.otherMs, 0);
    return {
      totalMinutes: totalMs / minuteMs,
      otherMinutes: otherMs / minuteMs,
      people,
      articles: new Map([...this.articleMs].map(([id, ms]) => [id, ms / minuteMs])),
    };
  }

  private close(person: PersonTally, sitting: OpenSitting): void {
    const shortfall = minimumSittingMinutes * minuteMs - (sitting.lastAt - sitting.firstAt);
    if (shortfall > 0) this.credit(person, sitting.firstArticle, shortfall);
  }

  private credit(person: PersonTally, articleId: string | null, ms: number): void {
    person.ms += ms;
    if (articleId === null) {
      person.otherMs += ms;
      return;
    }
    if (ms > 0) person.articles.add(articleId);
    this.articleMs.set(articleId, (this.articleMs.get(articleId) ?? 0) + ms);
  }
}

/** The effort of a list of events (in time order per person). */
export function measureEffort(events: Iterable<EffortEvent>): ReviewEffort {
  const tally = new EffortTally();
  for (const event of events) tally.add(event);
  return tally.result();
}
