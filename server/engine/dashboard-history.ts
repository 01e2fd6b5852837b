import { EffortTally, type ReviewEffort } from '../../shared/domain/review-effort';
import type { DbHandle } from '../../db/client';

/** One person's decision and sign-off activity, as the dashboard counts it. */
export interface PersonActivity {
  userId: number | null;
  name: string;
  articles: Set<string>;
  decisions: number;
  signOffs: number;
}

export interface HistoryFigures {
  /** Per person key (user id, or the name for events without an account). */
  people: Map<string, PersonActivity>;
  /** Per article: when its first decision was made. */
  firstReviewed: Map<string, string>;
  /** Per article: when it was first signed off in the region. */
  firstApproved: Map<string, string>;
  effort: ReviewEffort;
  /** Person key → user id and latest name, for the effort rows. */
  names: Map<string, { userId: number | null; name: string }>;
}

const decisionKinds = new Set(['decision.set', 'decision.cleared', 'decision.undone']);
// Written by the automatic verification after an import, not by someone at the screen.
const machineKinds = new Set(['changeRequest.checked', 'changeRequest.verified']);

// ISO timestamps of one format compare as text; the earliest wins even if written later.
function keepEarliest(map: Map<string, string>, key: string, at: string): void {
  const seen = map.get(key);
  if (seen === undefined || at < seen) map.set(key, at);
}

type Row = [at: string, kind: string, userId: number | null, userName: string, articleId: string | null];

/**
 * Everything the dashboard reads from history, in one pass in write order: who decided and
 * signed off what, when each article was first reviewed and approved, and the effort tally.
 * Events stamped with another region are that region's work and are skipped; `readable`
 * (a participant's articles) keeps only events about those articles. History only grows, so
 * the figures of everyone's view are kept until a new event is written.
 */
export function readHistoryFigures(handle: DbHandle, region: string, readable: ReadonlySet<string> | null): HistoryFigures {
  if (readable) return tallyHistory(handle, region, readable);
  const stamp = `${region}:${handle.sqlite.prepare(`SELECT max(id) FROM history_events`).pluck().get() as number | null}`;
  const cached = lastFigures.get(handle);
  if (cached?.stamp === stamp) return cached.figures;
  const figures = tallyHistory(handle, region, null);
  lastFigures.set(handle, { stamp, figures });
  return figures;
}

const lastFigures = new WeakMap<DbHandle, { stamp: string; figures: HistoryFigures }>();

function tallyHistory(handle: DbHandle, region: string, readable: ReadonlySet<string> | null): HistoryFigures {
  const people = new Map<string, PersonActivity>();
  const names = new Map<string, { userId: number | null; name: string }>();
  const firstReviewed = new Map<string, string>();
  const firstApproved = new Map<string, string>();
  const tally = new EffortTally();
  // All rows at once in id order: an iterator and a sort by time both cost more than the tally's
  // tolerance of the odd out-of-order event (see EffortTally.add).
  const rows = handle.sqlite
    .prepare(`SELECT at, kind, user_id, user_name, article_id FROM history_events WHERE region_code IS NULL OR region_code = ? ORDER BY id`)
    .raw()
    .all(region) as Row[];
  for (const [at, kind, userId, userName, articleId] of rows) {
    if (readable && (articleId === null || !readable.has(articleId))) continue;
    const key = userId === null ? `name:${userName}` : String(userId);
    names.set(key, { userId, name: userName });
    const decision = decisionKinds.has(kind);
    const signOff = kind === 'signoff.signed_off';
    if ((decision || signOff) && articleId !== null) {
      let person = people.get(key);
      if (!person) people.set(key, (person = { userId, name: userName, articles: new Set(), decisions: 0, signOffs: 0 }));
      person.name = userName;
      if (decision) {
        person.decisions += 1;
        person.articles.add(articleId);
        if (kind === 'decision.set') keepEarliest(firstReviewed, articleId, at);
      } else {
        person.signOffs += 1;
        keepEarliest(firstApproved, articleId, at);
      }
    }
    // Effort is time at the screen: only events of a signed-in person count.
    if (userId !== null && !machineKinds.has(kind)) tally.add({ at: Date.parse(at), person: key, articleId });
  }
  return { people, firstReviewed, firstApproved, effort: tally.result(), names };
}
