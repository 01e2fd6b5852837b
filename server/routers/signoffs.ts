import { DomainError, type ConflictDetails } from '../../shared/domain/domain-error';
import { statusAfterSignoff, reviewStatus } from '../../shared/domain/review-status';
import { articleRegionInputSchema, sendBackInputSchema, signOffInputSchema } from '../../shared/schemas/people-api';
import { driftedInputSchema } from '../../shared/schemas/signoff-api';
import { recordHistory } from '../../db/queries/history';
import { decisionEventsSince, insertSignoff, latestSignoff, latestSignoffs, type SignoffAction, type SignoffRecord } from '../../db/queries/signoffs';
import type { Context } from '../context';
import type { LoadedCatalogue } from '../engine/load-workspace';
import { buildDiffReport } from '../engine/region-diff-report';
import { serviceSummary } from '../engine/service-summary';
import { currentLinkSet, nameDrift, signoffStanding } from '../engine/signoff-view';
import { readableArticles, requireArticle } from '../services/access';
import { decisionsVersion } from '../services/decision-writes';
import { historyActor } from '../services/history-actor';
import { trackedWrite } from '../services/tracked-write';
import { procedureFor, router } from '../trpc';
import { UserError } from '../user-error';

function knownRegion(loaded: LoadedCatalogue, region: string): void {
  if (!loaded.regions.some((r) => r.code === region)) throw new UserError(`unknown region "${region}"`);
}

/** The decision changes the lead did not see, for the conflict message. */
function changesSince(ctx: Context, loaded: LoadedCatalogue, articleId: string, baseVersion: number): ConflictDetails {
  return {
    changes: decisionEventsSince(ctx.handle, articleId, baseVersion).map((e) => {
      const name = e.serviceId ? serviceSummary(loaded, e.serviceId)?.name : null;
      return { by: e.userName, at: e.at, what: e.kind, serviceId: e.serviceId, serviceName: name?.fi ?? name?.sv ?? null, from: e.before, to: e.after };
    }),
  };
}

/**
 * Records the lead's action with the link set it concerned: the approved list and what
 * surfaces now with content hashes, at the current snapshot. Call inside trackedWrite.
 */
function recordAction(ctx: Context, loaded: LoadedCatalogue, input: { region: string; articleId: string; comment?: string | null }, action: SignoffAction, checks: (counts: { unreviewed: number }) => void): SignoffRecord {
  const at = ctx.now().toISOString();
  const diff = buildDiffReport(ctx.handle, { region: input.region, articleId: input.articleId }, loaded).articles[0];
  if (diff) checks(diff.counts);
  const linkSet = currentLinkSet(diff, loaded);
  const actor = historyActor(ctx);
  const saved = insertSignoff(ctx.handle, {
    articleId: input.articleId,
    regionCode: input.region,
    action,
    snapshotId: loaded.snapshotId,
    userId: actor.userId,
    userName: actor.userName,
    at,
    comment: input.comment || null,
    approved: [...linkSet.approved],
    surfacing: [...linkSet.surfacing],
  });
  recordHistory(ctx.handle, actor, at, [
    {
      kind: action === 'signed_off' ? 'signoff.signed_off' : 'signoff.sent_back',
      articleId: input.articleId,
      regionCode: input.region,
      articleVersion: decisionsVersion(ctx, input.articleId),
      data: { signoffId: saved.id, snapshotId: saved.snapshotId, comment: saved.comment, approved: saved.approved.length, surfacing: saved.surfacing.length },
    },
  ]);
  return saved;
}

const summary = (s: SignoffRecord) => ({ id: s.id, action: s.action, at: s.at, by: s.userName, comment: s.comment, snapshotId: s.snapshotId });

export const signoffsRouter = router({
  /**
   * A lead signs off the article's link set as their screen showed it (`baseVersion`): only a
   * fully decided list, and only if nobody changed its decisions in between.
   */
  signOff: procedureFor('signOff')
    .input(signOffInputSchema)
    .mutation(({ ctx, input }) => {
      const loaded = ctx.catalogue.get();
      knownRegion(loaded, input.region);
      requireArticle(ctx, 'signOff', input.articleId);
      if (input.snapshotId != null && input.snapshotId !== loaded.snapshotId) {
        throw new DomainError('CONFLICT', `a new catalogue import (#${loaded.snapshotId ?? '?'}) arrived after you looked at #${input.snapshotId}; check what surfaces now and sign off again`);
      }
      const saved = trackedWrite(ctx, [], () => {
        const current = decisionsVersion(ctx, input.articleId);
        if (current !== input.baseVersion) {
          const details = current > input.baseVersion ? changesSince(ctx, loaded, input.articleId, input.baseVersion) : undefined;
          throw new DomainError('CONFLICT', `the decisions of article "${input.articleId}" changed since you looked (version ${input.baseVersion}, now ${current}); check them and sign off again`, details);
        }
        return recordAction(ctx, loaded, input, 'signed_off', (counts) => {
          if (counts.unreviewed > 0) {
            throw new UserError(`${counts.unreviewed} service(s) surfacing in article "${input.articleId}" in region ${input.region} still wait for a decision; decide them before signing off`);
          }
        });
      });
      ctx.log.info({ actor: ctx.actor, articleId: input.articleId, region: input.region, signoff: saved.id }, 'signed off');
      return summary(saved);
    }),
  /** A lead sends the article's link set back for more work, saying why. */
  sendBack: procedureFor('signOff')
    .input(sendBackInputSchema)
    .mutation(({ ctx, input }) => {
      const loaded = ctx.catalogue.get();
      knownRegion(loaded, input.region);
      requireArticle(ctx, 'signOff', input.articleId);
      const saved = trackedWrite(ctx, [], () => recordAction(ctx, loaded, input, 'sent_back', () => undefined));
      ctx.log.info({ actor: ctx.actor, articleId: input.articleId, region: input.region, signoff: saved.id }, 'sent back');
      return summary(saved);
    }),
  /** The lead's latest action on the article, and when it was a sign-off, exactly what changed since. */
  state: procedureFor('read')
    .input(articleRegionInputSchema)
    .query(({ ctx, input }) => {
      requireArticle(ctx, 'read', input.articleId);
      const { loaded, diffs, activity } = ctx.review.region(input.region);
      const diff = diffs.get(input.articleId);
      const latest = latestSignoff(ctx.handle, input.articleId, input.region);
      const standing = signoffStanding(latest, diff, loaded);
      const counts = diff?.counts ?? { ok: 0, unreviewed: 0, unwanted: 0, missing: 0, cleared: 0 };
      return {
        latest: latest ? summary(latest) : null,
        drift: latest && standing.drift ? nameDrift(ctx.handle, loaded, latest, standing.drift) : null,
        status: statusAfterSignoff(reviewStatus(counts, activity.get(input.articleId)?.decisions ?? 0), standing.latest),
        /** Services still waiting for a decision: a sign-off is refused while there are any. */
        unreviewed: counts.unreviewed,
        snapshotId: loaded.snapshotId,
      };
    }),
  /** The articles of a region (that the person may read) whose link set changed since its sign-off. */
  drifted: procedureFor('read')
    .input(driftedInputSchema)
    .query(({ ctx, input }) => {
      const { loaded, diffs } = ctx.review.region(input.region);
      const readable = readableArticles(ctx);
      const signoffs = latestSignoffs(ctx.handle, input.region);
      const articles = loaded.articles.flatMap((article) => {
        const signoff = signoffs.get(article.id);
        if (!signoff || (readable && !readable.has(article.id))) return [];
        const { drift } = signoffStanding(signoff, diffs.get(article.id), loaded);
        if (!drift?.drifted) return [];
        return [
          {
            id: article.id,
            title: article.title,
            topic: article.topic,
            signedOffBy: signoff.userName,
            signedOffAt: signoff.at,
            snapshotId: signoff.snapshotId,
            changes: { began: drift.began.length, stopped: drift.stopped.length, contentChanged: drift.contentChanged.length, decisions: drift.decisions.length },
          },
        ];
      });
      return { snapshot: loaded.snapshotId, articles };
    }),
});
