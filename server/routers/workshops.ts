import { listHistory, recordHistory } from '../../db/queries/history';
import { ownProposalCounts, workshopParticipation, workshopProposalTotals } from '../../db/queries/proposals';
import type { UserRecord } from '../../db/queries/users';
import {
  activePeople,
  findWorkshop,
  insertWorkshop,
  listWorkshops,
  peopleByIds,
  setLiveArticle,
  updateWorkshop,
  workshopArticleIds,
  workshopParticipantIds,
  type WorkshopRecord,
} from '../../db/queries/workshops';
import { DomainError } from '../../shared/domain/domain-error';
import { proposalsOpen } from '../../shared/domain/workshop-deadline';
import { createWorkshopInputSchema, moveLiveInputSchema, updateWorkshopInputSchema, workshopIdInputSchema } from '../../shared/schemas/people-api';
import type { Context } from '../context';
import { forbidden } from '../services/access';
import { historyActor } from '../services/history-actor';
import { trackedWrite } from '../services/tracked-write';
import { resolveWorkshopFields, runsWorkshop, seesParticipation, visibleWorkshop } from '../services/workshop-rules';
import { UserError } from '../user-error';
import { procedureFor, router } from '../trpc';

type SignedIn = Context & { user: UserRecord };

/** A workshop as lists show it, with the signed-in person's progress. */
function summary(ctx: SignedIn, workshop: WorkshopRecord) {
  const articleIds = workshopArticleIds(ctx.handle, workshop.id);
  const participantIds = workshopParticipantIds(ctx.handle, workshop.id);
  const facilitator = workshop.facilitatorId === null ? null : (peopleByIds(ctx.handle, [workshop.facilitatorId]).get(workshop.facilitatorId) ?? null);
  const mine = ownProposalCounts(ctx.handle, workshop.id, ctx.user.id);
  return {
    id: workshop.id,
    name: workshop.name,
    topics: workshop.topics,
    date: workshop.date,
    deadline: workshop.deadline,
    mode: workshop.mode,
    region: workshop.regionCode,
    version: workshop.version,
    facilitator: facilitator && { id: facilitator.id, name: facilitator.name },
    liveArticleId: workshop.liveArticleId,
    /** Whether proposals are still taken (an asynchronous workshop closes after its deadline day). */
    open: proposalsOpen(workshop, ctx.now()),
    participating: participantIds.includes(ctx.user.id),
    runs: runsWorkshop(ctx.user, workshop),
    counts: { articles: articleIds.length, participants: participantIds.length, proposals: workshopProposalTotals(ctx.handle, workshop.id).proposals, reviewedByMe: mine.size },
  };
}

function titleOf(ctx: Context, articleId: string) {
  const article = ctx.catalogue.get().articles.find((a) => a.id === articleId);
  return article ? { title: article.title, topic: article.topic } : { title: null, topic: null };
}

export const workshopsRouter = router({
  /** Workshops with their counts and my progress; a participant sees only their own. */
  list: procedureFor('read').query(({ ctx }) => {
    const workshops = ctx.user.role === 'participant' ? listWorkshops(ctx.handle, ctx.user.workshopIds) : listWorkshops(ctx.handle);
    return workshops.map((w) => summary(ctx, w));
  }),
  /** One workshop: its articles in queue order with my progress on each, its people, and where a live session is. */
  get: procedureFor('read')
    .input(workshopIdInputSchema)
    .query(({ ctx, input }) => {
      const workshop = visibleWorkshop(ctx, input.id);
      const mine = ownProposalCounts(ctx.handle, workshop.id, ctx.user.id);
      const participantIds = workshopParticipantIds(ctx.handle, workshop.id);
      const people = peopleByIds(ctx.handle, participantIds);
      const articles = workshopArticleIds(ctx.handle, workshop.id).map((id) => ({ id, ...titleOf(ctx, id), myProposals: mine.get(id) ?? 0 }));
      return {
        ...summary(ctx, workshop),
        articles,
        participants: participantIds.map((id) => ({ id, name: people.get(id)?.name ?? `#${id}` })),
        liveArticle: workshop.liveArticleId === null ? null : { id: workshop.liveArticleId, ...titleOf(ctx, workshop.liveArticleId) },
        seesParticipation: seesParticipation(ctx.user, workshop),
      };
    }),
  /** Active people to pick as facilitator and participants. */
  people: procedureFor('manageWorkshops').query(({ ctx }) => activePeople(ctx.handle).map((p) => ({ id: p.id, name: p.name, role: p.role }))),
  /** Creates a workshop; with topics and no articles it takes all articles of those topics. */
  create: procedureFor('manageWorkshops')
    .input(createWorkshopInputSchema)
    .mutation(({ ctx, input }) => {
      const fields = resolveWorkshopFields(ctx, input);
      const at = ctx.now().toISOString();
      const id = trackedWrite(ctx, [], () => {
        const created = insertWorkshop(ctx.handle, fields, ctx.actor, at);
        recordHistory(ctx.handle, historyActor(ctx), at, [
          { kind: 'workshop.created', workshopId: created, regionCode: fields.regionCode, data: { name: fields.name, articles: fields.articleIds.length, participants: fields.participantIds.length } },
        ]);
        return created;
      });
      ctx.log.info({ userId: ctx.user.id, workshopId: id, articles: fields.articleIds.length }, 'workshop created');
      return { id, version: 1, articles: fields.articleIds.length };
    }),
  /** Changes a workshop unless someone changed it since `version` (CONFLICT). */
  update: procedureFor('manageWorkshops')
    .input(updateWorkshopInputSchema)
    .mutation(({ ctx, input }) => {
      const before = findWorkshop(ctx.handle, input.id);
      if (!before) throw new DomainError('NOT_FOUND', `unknown workshop ${input.id}`);
      const fields = resolveWorkshopFields(ctx, input);
      const at = ctx.now().toISOString();
      trackedWrite(ctx, [], () => {
        if (!updateWorkshop(ctx.handle, input.id, input.version, fields)) {
          const now = findWorkshop(ctx.handle, input.id);
          // Who changed it, from the history, so the person can be told (and asked).
          const [last] = listHistory(ctx.handle, { workshopId: input.id, kinds: ['workshop.created', 'workshop.changed'], limit: 1 });
          throw new DomainError(
            'CONFLICT',
            `workshop "${before.name}" was changed by ${last?.userName ?? 'someone else'} (now version ${now?.version ?? '?'}, yours ${input.version}); reload it`,
            last ? { changes: [{ by: last.userName, at: last.at, what: 'workshop.changed' }] } : undefined,
          );
        }
        recordHistory(ctx.handle, historyActor(ctx), at, [
          {
            kind: 'workshop.changed',
            workshopId: input.id,
            regionCode: fields.regionCode,
            data: { before: { name: before.name, date: before.date, deadline: before.deadline, mode: before.mode }, after: { name: fields.name, date: fields.date, deadline: fields.deadline, mode: fields.mode }, articles: fields.articleIds.length, participants: fields.participantIds.length },
          },
        ]);
      });
      return { id: input.id, version: input.version + 1, articles: fields.articleIds.length };
    }),
  /** Who took part how much: per person the articles with a proposal, the proposals and the last one; and totals. */
  stats: procedureFor('read')
    .input(workshopIdInputSchema)
    .query(({ ctx, input }) => {
      const workshop = visibleWorkshop(ctx, input.id);
      if (!seesParticipation(ctx.user, workshop)) throw forbidden(ctx, 'read');
      const participantIds = workshopParticipantIds(ctx.handle, workshop.id);
      const activity = workshopParticipation(ctx.handle, workshop.id);
      const byId = new Map(activity.map((row) => [row.userId, row]));
      const people = peopleByIds(ctx.handle, participantIds);
      // Everyone invited is listed, those who have not started too: that is who to remind.
      const participants = [
        ...participantIds.map((id) => byId.get(id) ?? { userId: id, userName: people.get(id)?.name ?? `#${id}`, articlesReviewed: 0, proposals: 0, lastActivity: null }),
        ...activity.filter((row) => !participantIds.includes(row.userId)),
      ].sort((a, b) => b.articlesReviewed - a.articlesReviewed || b.proposals - a.proposals || a.userName.localeCompare(b.userName, 'fi'));
      const totals = workshopProposalTotals(ctx.handle, workshop.id);
      return {
        participants,
        totals: {
          articles: workshopArticleIds(ctx.handle, workshop.id).length,
          participants: participantIds.length,
          started: participants.filter((p) => participantIds.includes(p.userId) && p.proposals > 0).length,
          proposals: totals.proposals,
          articlesWithProposals: totals.articles,
        },
      };
    }),
  /** Moves a live workshop's screen to one of its articles (or off, with null): its facilitator or a manager. */
  moveLive: procedureFor('read')
    .input(moveLiveInputSchema)
    .mutation(({ ctx, input }) => {
      const workshop = visibleWorkshop(ctx, input.id);
      if (!runsWorkshop(ctx.user, workshop)) throw forbidden(ctx, 'manageWorkshops');
      if (input.articleId !== null && !workshopArticleIds(ctx.handle, workshop.id).includes(input.articleId)) {
        throw new UserError(`article "${input.articleId}" is not in workshop "${workshop.name}"`);
      }
      const at = ctx.now().toISOString();
      trackedWrite(ctx, [], () => {
        setLiveArticle(ctx.handle, workshop.id, input.articleId);
        recordHistory(ctx.handle, historyActor(ctx), at, [{ kind: 'workshop.moved', workshopId: workshop.id, articleId: input.articleId, regionCode: workshop.regionCode, data: { from: workshop.liveArticleId, to: input.articleId } }]);
      });
      return { id: workshop.id, liveArticleId: input.articleId };
    }),
});
