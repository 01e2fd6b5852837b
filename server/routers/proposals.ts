import { loadArticleDecisions } from '../../db/queries/decisions';
import { recordHistory } from '../../db/queries/history';
import { acceptOpenProposals, deleteOpenProposal, findProposal, listArticleProposals, saveProposal, type ProposalRecord } from '../../db/queries/proposals';
import { findWorkshop } from '../../db/queries/workshops';
import { DomainError } from '../../shared/domain/domain-error';
import { majorityDecision, tallyProposals } from '../../shared/domain/proposal-tally';
import { proposalsOpen } from '../../shared/domain/workshop-deadline';
import { acceptProposalsInputSchema, articleProposalsInputSchema, proposalIdInputSchema, setProposalInputSchema } from '../../shared/schemas/people-api';
import type { Context } from '../context';
import { serviceSummary } from '../engine/service-summary';
import { forbidden, requireArticle } from '../services/access';
import { applyDecisions } from '../services/decision-writes';
import { historyActor } from '../services/history-actor';
import { trackedWrite } from '../services/tracked-write';
import { proposalWorkshop } from '../services/workshop-rules';
import { UserError } from '../user-error';
import { procedureFor, router } from '../trpc';

function knownRegion(ctx: Context, region: string) {
  const loaded = ctx.catalogue.get();
  if (!loaded.regions.some((r) => r.code === region)) throw new UserError(`unknown region "${region}"`);
  return loaded;
}

/** A proposal as others see it. */
const shown = (p: ProposalRecord, userId: number) => ({
  id: p.id,
  serviceId: p.serviceId,
  kind: p.kind,
  comment: p.comment,
  missingText: p.missingText,
  userName: p.userName,
  workshopId: p.workshopId,
  state: p.state,
  updatedAt: p.updatedAt,
  mine: p.userId === userId,
});

export const proposalsRouter = router({
  /**
   * Proposes that a service belongs / does not belong to an article, or is missing from it;
   * one per person and service (a new one replaces the earlier), while a missing service
   * described in words is always a new proposal.
   */
  set: procedureFor('propose')
    .input(setProposalInputSchema)
    .mutation(({ ctx, input }) => {
      const scope = requireArticle(ctx, 'propose', input.articleId);
      const serviceId = input.serviceId ?? null;
      if (serviceId !== null && !ctx.catalogue.get().services.has(serviceId)) throw new UserError(`service ${serviceId} is not in the catalogue`);
      if (serviceId !== null && input.missingText != null) throw new UserError('a description in words is only for a missing service that is not in the catalogue');
      const workshopId = proposalWorkshop(ctx, input.articleId, scope.workshopIds, input.workshopId ?? null);
      const at = ctx.now().toISOString();
      const proposal = {
        articleId: input.articleId,
        serviceId,
        kind: input.kind,
        comment: input.comment || null,
        missingText: serviceId === null ? (input.missingText ?? null) : null,
        userId: ctx.user.id,
        userName: ctx.user.name,
        workshopId,
      };
      const { saved } = trackedWrite(ctx, [], () => {
        const result = saveProposal(ctx.handle, proposal, at);
        recordHistory(ctx.handle, historyActor(ctx), at, [
          {
            kind: 'proposal.set',
            articleId: input.articleId,
            serviceId,
            workshopId,
            data: { proposalId: result.saved.id, kind: input.kind, comment: proposal.comment, missingText: proposal.missingText, before: result.before && { kind: result.before.kind, comment: result.before.comment } },
          },
        ]);
        return result;
      });
      return shown(saved, ctx.user.id);
    }),
  /** Withdraws one's own open proposal. */
  withdraw: procedureFor('propose')
    .input(proposalIdInputSchema)
    .mutation(({ ctx, input }) => {
      const proposal = findProposal(ctx.handle, input.id);
      if (!proposal || proposal.userId !== ctx.user.id) {
        if (proposal) throw forbidden(ctx, 'propose', proposal.articleId);
        throw new DomainError('NOT_FOUND', `unknown proposal ${input.id}`);
      }
      requireArticle(ctx, 'propose', proposal.articleId);
      const workshop = proposal.workshopId === null ? null : findWorkshop(ctx.handle, proposal.workshopId);
      if (workshop && !proposalsOpen(workshop, ctx.now())) throw new UserError(`workshop "${workshop.name}" closed at the end of ${workshop.deadline}; proposals can no longer be changed`);
      const at = ctx.now().toISOString();
      trackedWrite(ctx, [], () => {
        if (!deleteOpenProposal(ctx.handle, proposal.id)) throw new DomainError('CONFLICT', `proposal ${proposal.id} was already ${proposal.state === 'open' ? 'handled' : proposal.state.replace('_', ' ')}`);
        recordHistory(ctx.handle, historyActor(ctx), at, [
          { kind: 'proposal.withdrawn', articleId: proposal.articleId, serviceId: proposal.serviceId, workshopId: proposal.workshopId, data: { proposalId: proposal.id, kind: proposal.kind } },
        ]);
      });
      return { id: proposal.id, withdrawn: true };
    }),
  /**
   * An article's proposals per service, counted side by side with each person's proposal,
   * the majority they point to, and missing services described in words.
   */
  forArticle: procedureFor('read')
    .input(articleProposalsInputSchema)
    .query(({ ctx, input }) => {
      const loaded = knownRegion(ctx, input.region);
      const scope = requireArticle(ctx, 'read', input.articleId);
      const surfacing = loaded.workspace.surfacing(input.region, input.articleId);
      // Sent-back proposals stay in history but no longer count.
      const proposals = listArticleProposals(ctx.handle, input.articleId).filter((p) => p.state !== 'sent_back');
      const byService = new Map<string, ProposalRecord[]>();
      for (const p of proposals) if (p.serviceId !== null) byService.set(p.serviceId, [...(byService.get(p.serviceId) ?? []), p]);
      const services = [...byService].map(([serviceId, list]) => {
        const counts = tallyProposals(list.map((p) => p.kind));
        return {
          serviceId,
          service: serviceSummary(loaded, serviceId),
          surfaces: surfacing.has(serviceId),
          counts,
          open: list.filter((p) => p.state === 'open').length,
          majority: majorityDecision(counts),
          proposals: list.map((p) => shown(p, ctx.user.id)),
        };
      });
      return {
        articleId: input.articleId,
        topic: scope.topic,
        workshopIds: scope.workshopIds,
        services,
        missingInWords: proposals.filter((p) => p.serviceId === null).map((p) => shown(p, ctx.user.id)),
        mine: proposals.filter((p) => p.userId === ctx.user.id).map((p) => shown(p, ctx.user.id)),
      };
    }),
  /**
   * Takes decisions from the proposals into the approved list (through the one decision
   * write, so conflicts, versions and history work as for any decision) and marks those
   * services' open proposals accepted.
   */
  accept: procedureFor('decide')
    .input(acceptProposalsInputSchema)
    .mutation(({ ctx, input }) => {
      const loaded = knownRegion(ctx, input.region);
      requireArticle(ctx, 'decide', input.articleId);
      const decisions = new Map<string, 'include' | 'exclude'>();
      for (const d of input.decisions) {
        if (decisions.has(d.serviceId) && decisions.get(d.serviceId) !== d.decision) throw new UserError(`two different decisions for service ${d.serviceId}`);
        decisions.set(d.serviceId, d.decision);
      }
      const decided = loadArticleDecisions(ctx.handle, input.articleId);
      const unknown = [...decisions.keys()].filter((id) => !loaded.services.has(id) && !decided.has(id));
      if (unknown.length > 0) throw new UserError(`not in the catalogue: ${unknown.join(', ')}`);
      const at = ctx.now().toISOString();
      // One transaction for the decisions, the proposals and their history; the cache is patched once it commits.
      const result = trackedWrite(ctx, [input.articleId], () => {
        const written = applyDecisions(ctx, { region: input.region, articleId: input.articleId, baseVersion: input.baseVersion, changes: [...decisions].map(([serviceId, decision]) => ({ serviceId, decision })) });
        const accepted = acceptOpenProposals(ctx.handle, input.articleId, [...decisions.keys()], at);
        recordHistory(
          ctx.handle,
          historyActor(ctx),
          at,
          [...decisions].map(([serviceId, decision]) => ({
            kind: 'proposal.accepted' as const,
            articleId: input.articleId,
            serviceId,
            regionCode: input.region,
            articleVersion: written.version,
            data: { decision, proposalIds: accepted.filter((p) => p.serviceId === serviceId).map((p) => p.id) },
          })),
        );
        return { ...written, accepted: accepted.length };
      });
      ctx.log.info({ userId: ctx.user.id, articleId: input.articleId, services: decisions.size, accepted: result.accepted }, 'proposals accepted');
      return result;
    }),
});
