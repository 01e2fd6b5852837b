import { activeUserIds, findWorkshop, type WorkshopFields, type WorkshopRecord } from '../../db/queries/workshops';
import { DomainError } from '../../shared/domain/domain-error';
import { proposalsOpen } from '../../shared/domain/workshop-deadline';
import type { UserRecord } from '../../db/queries/users';
import type { Context } from '../context';
import { UserError } from '../user-error';
import { forbidden } from './access';

/** A workshop the signed-in person may see: everyone but participants sees all; a participant only their own. */
export function visibleWorkshop(ctx: Context & { user: UserRecord }, id: number): WorkshopRecord {
  const workshop = findWorkshop(ctx.handle, id);
  const own = ctx.user.workshopIds.includes(id) || workshop?.facilitatorId === ctx.user.id;
  if (ctx.user.role === 'participant' && !own) throw forbidden(ctx, 'read');
  if (!workshop) throw new DomainError('NOT_FOUND', `unknown workshop ${id}`);
  return workshop;
}

/** Whether the person moves a workshop's live screen: its facilitator, or a manager. */
export function runsWorkshop(user: UserRecord, workshop: WorkshopRecord): boolean {
  return user.role === 'manager' || workshop.facilitatorId === user.id;
}

/** Whether the person sees who took part how much: managers, leads and the facilitator. */
export function seesParticipation(user: UserRecord, workshop: WorkshopRecord): boolean {
  return user.role === 'manager' || user.role === 'lead' || workshop.facilitatorId === user.id;
}

export interface WorkshopInput {
  name: string;
  topics: string[];
  date: string;
  deadline?: string | null;
  mode: 'live' | 'async';
  facilitatorId?: number | null;
  region: string;
  articleIds: string[];
  participantIds: number[];
}

/**
 * Checks a workshop form against the data and returns what to store: the region exists,
 * every article exists (or, with topics and no articles, all articles of those topics in
 * article order), every participant and the facilitator are active users.
 */
export function resolveWorkshopFields(ctx: Context, input: WorkshopInput): WorkshopFields {
  const loaded = ctx.catalogue.get();
  if (!loaded.regions.some((r) => r.code === input.region)) throw new UserError(`unknown region "${input.region}"`);
  if (input.mode === 'async' && !input.deadline) throw new UserError('an asynchronous workshop needs a deadline');
  const topics = [...new Set(input.topics)];
  const known = new Set(loaded.articles.map((a) => a.id));
  const articleIds = input.articleIds.length > 0 ? [...new Set(input.articleIds)] : loaded.articles.filter((a) => topics.includes(a.topic)).map((a) => a.id);
  const unknownArticles = articleIds.filter((id) => !known.has(id));
  if (unknownArticles.length > 0) throw new UserError(`unknown articles: ${unknownArticles.join(', ')}`);
  const participantIds = [...new Set(input.participantIds)];
  const people = input.facilitatorId != null ? [...participantIds, input.facilitatorId] : participantIds;
  const active = activeUserIds(ctx.handle, people);
  const unknownPeople = people.filter((id) => !active.has(id));
  if (unknownPeople.length > 0) throw new UserError(`not active users: ${[...new Set(unknownPeople)].join(', ')}`);
  return {
    name: input.name,
    topics,
    date: input.date,
    deadline: input.deadline ?? null,
    mode: input.mode,
    facilitatorId: input.facilitatorId ?? null,
    regionCode: input.region,
    articleIds,
    participantIds,
  };
}

/**
 * The workshop a proposal is made in, after checking the person may propose there: with a
 * workshop given, the article must be in it and the person a participant (a manager or the
 * facilitator also may); a participant without one proposes in their workshop that has the
 * article. Refused once an asynchronous workshop's deadline day has ended.
 */
export function proposalWorkshop(ctx: Context & { user: UserRecord }, articleId: string, articleWorkshops: readonly number[], workshopId: number | null): number | null {
  const now = ctx.now();
  if (workshopId !== null) {
    const workshop = findWorkshop(ctx.handle, workshopId);
    if (!workshop) throw new DomainError('NOT_FOUND', `unknown workshop ${workshopId}`);
    if (!articleWorkshops.includes(workshopId)) throw new UserError(`article "${articleId}" is not in workshop "${workshop.name}"`);
    const member = ctx.user.workshopIds.includes(workshopId) || runsWorkshop(ctx.user, workshop);
    if (!member) throw forbidden(ctx, 'propose', articleId);
    if (!proposalsOpen(workshop, now)) throw closed(workshop);
    return workshopId;
  }
  if (ctx.user.role !== 'participant') return null;
  const own = articleWorkshops.filter((id) => ctx.user.workshopIds.includes(id)).map((id) => findWorkshop(ctx.handle, id)!);
  const open = own.find((w) => proposalsOpen(w, now));
  if (!open) throw closed(own[0]!);
  return open.id;
}

function closed(workshop: WorkshopRecord): UserError {
  return new UserError(`workshop "${workshop.name}" took proposals until the end of ${workshop.deadline}; the deadline has passed`);
}
