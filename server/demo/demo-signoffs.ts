import { writeTransaction, type DbHandle } from '../../db/client';
import { listSnapshots } from '../../db/queries/catalogue';
import { loadApprovedDecisions } from '../../db/queries/decisions';
import { recordHistory } from '../../db/queries/history';
import { insertSignoff, type SignoffAction } from '../../db/queries/signoffs';
import { loadRegions } from '../../db/queries/regions';
import type { LinkSet } from '../../shared/domain/signoff-drift';
import type { DecisionValue } from '../../shared/domain/types';
import { loadWorkspace, type LoadedCatalogue } from '../engine/load-workspace';
import { demoCountyName } from './demo-geography';
import type { DemoAccount } from './demo-people';

const sendBackComment = 'Lista on lähes valmis, mutta osa palveluista on vielä arvioimatta. Tarkistakaa myös, kuuluvatko valtakunnalliset palvelut tähän artikkeliin.';

interface Candidate {
  articleId: string;
  approved: Map<string, DecisionValue>;
  /** What surfaced in the earlier import, with content hashes then. */
  then: LinkSet['surfacing'];
  unreviewedThen: number;
  unreviewedNow: number;
  /** Surfacing or content differs between the two imports. */
  changed: boolean;
}

function surfacingWithHashes(loaded: LoadedCatalogue, region: string, articleId: string): [string, string | null][] {
  return [...loaded.workspace.surfacing(region, articleId).keys()].sort().map((id) => [id, loaded.services.get(id)?.hash ?? null]);
}

/**
 * The lead's approvals in the demo, so the whole loop shows on first start: the lead signed
 * off a few fully decided articles of her topics at the earlier import. Since then the new
 * import made some of them drift (services began or stopped surfacing, or were rewritten)
 * while others stayed approved; and she sent one article in review back with a comment.
 */
export function seedDemoSignoffs(handle: DbHandle, accounts: readonly DemoAccount[], now: Date = new Date()): { signedOff: string[]; drifted: string[]; sentBack: string[] } {
  const lead = accounts.find((a) => a.role === 'lead');
  if (!lead) throw new Error('demo sign-offs: no lead among the demo accounts');
  const topics = new Set(handle.sqlite.prepare(`SELECT topic FROM user_topics WHERE user_id = ?`).pluck().all(lead.id) as string[]);
  const region = loadRegions(handle.db).find((r) => r.name.fi === demoCountyName);
  if (!region) throw new Error(`demo sign-offs: region ${demoCountyName} is missing`);
  const snapshots = listSnapshots(handle).map((s) => s.id).sort((a, b) => a - b);
  if (snapshots.length < 2) throw new Error('demo sign-offs: the demo needs an earlier and a current import');
  const earlierId = snapshots[snapshots.length - 2]!;
  const earlier = loadWorkspace(handle, earlierId);
  const current = loadWorkspace(handle);
  const approvedAll = loadApprovedDecisions(handle);

  const candidates: Candidate[] = current.articles
    .filter((a) => topics.has(a.topic))
    .map((article) => {
      const approved = new Map([...(approvedAll.get(article.id) ?? [])].map(([id, d]) => [id, d.decision]));
      const then = surfacingWithHashes(earlier, region.code, article.id);
      const nowSurfacing = surfacingWithHashes(current, region.code, article.id);
      return {
        articleId: article.id,
        approved,
        then,
        unreviewedThen: then.filter(([id]) => !approved.has(id)).length,
        unreviewedNow: nowSurfacing.filter(([id]) => !approved.has(id)).length,
        changed: JSON.stringify(then) !== JSON.stringify(nowSurfacing),
      };
    });
  // Fully decided at the earlier import: the lead could sign those off then.
  const decidedThen = candidates.filter((c) => c.approved.size > 0 && c.unreviewedThen === 0);
  const drifting = decidedThen.filter((c) => c.changed).slice(0, 2);
  const steady = decidedThen
    .filter((c) => !c.changed && c.unreviewedNow === 0)
    .sort((a, b) => b.approved.size - a.approved.size)
    .slice(0, 2);
  if (drifting.length === 0 || steady.length === 0) throw new Error('demo sign-offs: the demo has no decided article that changed (or stayed the same) between its imports');
  const chosen = new Set([...drifting, ...steady].map((c) => c.articleId));
  const sendBack = candidates.filter((c) => !chosen.has(c.articleId) && c.approved.size > 0 && c.unreviewedNow > 0).sort((a, b) => a.unreviewedNow - b.unreviewedNow)[0];

  // The demo's decisions are dated when it was seeded, just before: the lead acts after them.
  const when = now.toISOString();
  const version = handle.sqlite.prepare(`SELECT decisions_version FROM articles WHERE id = ?`).pluck();
  const save = (c: Candidate, action: SignoffAction, when: string, snapshotId: number | null, surfacing: LinkSet['surfacing'], comment: string | null) => {
    const saved = insertSignoff(handle, {
      articleId: c.articleId,
      regionCode: region.code,
      action,
      snapshotId,
      userId: lead.id,
      userName: lead.name,
      at: when,
      comment,
      approved: [...c.approved].sort(([a], [b]) => (a < b ? -1 : 1)),
      surfacing,
    });
    recordHistory(handle, { userId: lead.id, userName: lead.name }, when, [
      {
        kind: action === 'signed_off' ? 'signoff.signed_off' : 'signoff.sent_back',
        articleId: c.articleId,
        regionCode: region.code,
        articleVersion: version.get(c.articleId) as number,
        data: { signoffId: saved.id, snapshotId, comment, approved: saved.approved.length, surfacing: saved.surfacing.length },
      },
    ]);
  };
  return writeTransaction(handle, () => {
    for (const c of [...drifting, ...steady]) save(c, 'signed_off', when, earlierId, c.then, null);
    if (sendBack) save(sendBack, 'sent_back', when, current.snapshotId, surfacingWithHashes(current, region.code, sendBack.articleId), sendBackComment);
    return { signedOff: [...chosen], drifted: drifting.map((c) => c.articleId), sentBack: sendBack ? [sendBack.articleId] : [] };
  });
}
