import { writeTransaction, type DbHandle } from '../../db/client';
import { recordHistory } from '../../db/queries/history';
import type { DemoAccount } from './demo-people';
import { demoCounty } from './demo-geography';
import { forkRandom } from './seeded-random';

const day = 24 * 60 * 60 * 1000;
/** How far back the demo's reviewing reaches. */
const weeks = 8;

/**
 * The demo's approved list as the work of its people: each reviewed article was decided in
 * one sitting on a working day of the past weeks, by the lead when it is in her topics and
 * by the manager otherwise, with the decisions seconds to a minute apart. This is what the
 * dashboard's progress over time and its effort figures are measured from.
 */
export function seedDemoActivity(handle: DbHandle, accounts: readonly DemoAccount[], now: Date = new Date()): { articles: number; events: number } {
  const manager = accounts.find((a) => a.role === 'manager');
  const lead = accounts.find((a) => a.role === 'lead');
  if (!manager || !lead) throw new Error('demo activity: the demo needs a manager and a lead');
  const leadTopics = new Set(handle.sqlite.prepare(`SELECT topic FROM user_topics WHERE user_id = ?`).pluck().all(lead.id) as string[]);
  const rows = handle.sqlite
    .prepare(
      `SELECT d.id, d.article_id AS articleId, d.service_id AS serviceId, d.decision, d.note, a.topic FROM decisions d JOIN articles a ON a.id = d.article_id
       WHERE d.status = 'approved' ORDER BY d.article_id, d.service_id`,
    )
    .all() as { id: number; articleId: string; serviceId: string; decision: string; note: string | null; topic: string }[];
  const byArticle = new Map<string, typeof rows>();
  for (const row of rows) byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row]);
  const rng = forkRandom(1, 'activity');
  const region = demoCounty().code;
  const start = now.getTime() - weeks * 7 * day;
  const articleIds = [...byArticle.keys()];
  const version = handle.sqlite.prepare(`SELECT decisions_version FROM articles WHERE id = ?`).pluck();
  const setDecider = handle.sqlite.prepare(`UPDATE decisions SET decided_by = ?, decided_at = ? WHERE id = ?`);
  let events = 0;
  writeTransaction(handle, () => {
    articleIds.forEach((articleId, index) => {
      const decisions = byArticle.get(articleId)!;
      const person = leadTopics.has(decisions[0]!.topic) ? lead : manager;
      // Spread over the weeks, earlier articles first, on working days between 8 and 15.
      let at = workingDay(start + Math.floor((index / articleIds.length) * weeks * 7 * day)) + (8 + rng.int(0, 6)) * 60 * 60 * 1000 + rng.int(0, 59) * 60 * 1000;
      for (const d of decisions) {
        at += (20 + rng.int(0, 70)) * 1000;
        const when = new Date(Math.min(at, now.getTime() - 60 * 60 * 1000)).toISOString();
        setDecider.run(person.name, when, d.id);
        recordHistory(handle, { userId: person.id, userName: person.name }, when, [
          {
            kind: 'decision.set',
            articleId,
            serviceId: d.serviceId,
            regionCode: region,
            articleVersion: version.get(articleId) as number,
            data: { before: null, after: { decision: d.decision, note: d.note } },
          },
        ]);
        events += 1;
      }
    });
  });
  return { articles: articleIds.length, events };
}

/** The same moment moved forward to Monday when it falls on a weekend (UTC is near enough). */
function workingDay(ms: number): number {
  const midnight = ms - (ms % day);
  const weekday = new Date(midnight).getUTCDay();
  return midnight + (weekday === 6 ? 2 * day : weekday === 0 ? day : 0);
}
