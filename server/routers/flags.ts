import { findFlag, findOpenFlag, insertFlag, listFlags, withdrawFlag, type FlagRecord } from '../../db/queries/flags';
import { DomainError } from '../../shared/domain/domain-error';
import { reasonsInclude } from '../../shared/domain/flag-coverage';
import { createFlagInputSchema, flagCoverageInputSchema, flagIdInputSchema, flagListInputSchema } from '../../shared/schemas/review-api';
import type { Context } from '../context';
import { flagCoverage } from '../engine/flag-coverage-view';
import { serviceSummary } from '../engine/service-summary';
import { UserError } from '../user-error';
import { recordHistory } from '../../db/queries/history';
import { can } from '../../shared/domain/permissions';
import { actorOf, articleScope, readableArticles, requireArticle } from '../services/access';
import { historyActor } from '../services/history-actor';
import { trackedWrite } from '../services/tracked-write';
import { procedureFor, router } from '../trpc';


function withCoverage(ctx: Context, flag: FlagRecord) {
  const loaded = ctx.catalogue.get();
  return {
    ...flag,
    service: serviceSummary(loaded, flag.serviceId),
    articles: flagCoverage(loaded, { ...flag, item: { kind: flag.itemKind, value: flag.itemValue } }),
  };
}

export const flagsRouter = router({
  /** Which articles a flag on this item would cover, before it is saved. */
  coverage: procedureFor('flag')
    .input(flagCoverageInputSchema)
    .query(({ ctx, input }) => {
      requireArticle(ctx, 'flag', input.articleId);
      return flagCoverage(ctx.catalogue.get(), { regionCode: input.region, serviceId: input.serviceId, articleId: input.articleId, target: input.target, item: { kind: input.itemKind, value: input.itemValue } });
    }),
  /**
   * Flags an item that makes a service surface where it should not. The item must be one of
   * the reasons it surfaces in the article; an identical open flag is returned, not repeated.
   */
  create: procedureFor('flag').input(createFlagInputSchema).mutation(({ ctx, input }) => {
    const loaded = ctx.catalogue.get();
    if (!loaded.regions.some((r) => r.code === input.region)) throw new UserError(`unknown region "${input.region}"`);
    requireArticle(ctx, 'flag', input.articleId);
    const reasons = loaded.workspace.surfacing(input.region, input.articleId).get(input.serviceId);
    if (!reasons) throw new UserError(`service ${input.serviceId} does not surface in article "${input.articleId}"`);
    if (!reasonsInclude(reasons, { kind: input.itemKind, value: input.itemValue })) {
      throw new UserError(`${input.itemValue} is not one of the reasons service ${input.serviceId} surfaces in article "${input.articleId}"`);
    }
    const key = { serviceId: input.serviceId, articleId: input.articleId, regionCode: input.region, itemKind: input.itemKind, itemValue: input.itemValue, target: input.target };
    const result = trackedWrite(ctx, [], () => {
      const existing = findOpenFlag(ctx.handle, key);
      if (existing) return { flag: existing, created: false };
      const at = ctx.now().toISOString();
      const flag = insertFlag(ctx.handle, { ...key, reason: input.reason, createdBy: ctx.actor, createdAt: at });
      recordHistory(ctx.handle, historyActor(ctx), at, [
        { kind: 'flag.created', articleId: input.articleId, serviceId: input.serviceId, regionCode: input.region, data: { flagId: flag.id, itemKind: input.itemKind, itemValue: input.itemValue, target: input.target, reason: input.reason } },
      ]);
      return { flag, created: true };
    });
    ctx.log.info({ actor: ctx.actor, flag: result.flag.id, created: result.created }, 'flag');
    return { ...withCoverage(ctx, result.flag), created: result.created };
  }),
  /** Open flags of a region, newest first, each with the articles it covers. */
  list: procedureFor('read').input(flagListInputSchema).query(({ ctx, input }) => {
    const readable = readableArticles(ctx);
    const flags = listFlags(ctx.handle, { regionCode: input.region, serviceId: input.serviceId ?? null, status: 'open' })
      .filter((flag) => !readable || readable.has(flag.articleId))
      // Whether this person may withdraw it (a lead only in their topics), so the list offers only that.
      .map((flag) => {
        const covered = withCoverage(ctx, flag);
        // A participant learns only of the articles they may read.
        const articles = readable ? covered.articles.filter((a) => readable.has(a.id)) : covered.articles;
        return { ...covered, articles, mayWithdraw: can(actorOf(ctx.user), 'flag', articleScope(ctx, flag.articleId) ?? undefined) };
      });
    return input.articleId ? flags.filter((f) => f.articleId === input.articleId || f.articles.some((a) => a.id === input.articleId)) : flags;
  }),
  /** Withdraws an open flag. */
  withdraw: procedureFor('flag').input(flagIdInputSchema).mutation(({ ctx, input }) => {
    const flag = findFlag(ctx.handle, input.id);
    if (!flag) throw new DomainError('NOT_FOUND', `unknown flag ${input.id}`);
    requireArticle(ctx, 'flag', flag.articleId);
    const at = ctx.now().toISOString();
    const withdrawn = trackedWrite(ctx, [], () => {
      const done = withdrawFlag(ctx.handle, input.id, at);
      if (done) recordHistory(ctx.handle, historyActor(ctx), at, [{ kind: 'flag.withdrawn', articleId: flag.articleId, serviceId: flag.serviceId, regionCode: flag.regionCode, data: { flagId: flag.id } }]);
      return done;
    });
    if (!withdrawn) throw new DomainError('CONFLICT', `flag ${input.id} is not open`);
    return { id: input.id, status: 'withdrawn' as const };
  }),
});
