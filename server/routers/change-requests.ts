import { countByRecipient } from '../../shared/domain/change-request-rules';
import { recipientLabeller } from '../engine/change-request-view';
import { matchesRecipientFilter } from '../../shared/domain/change-request';
import { can } from '../../shared/domain/permissions';
import {
  createRequestInputSchema,
  listRequestsInputSchema,
  moveRequestsInputSchema,
  requestFromDescriptionInputSchema,
  requestFromFlagInputSchema,
  requestFromMissingInputSchema,
  requestIdInputSchema,
  updateRequestInputSchema,
  type ChangeRequestView,
  type RequestListView,
} from '../../shared/schemas/change-requests-api';
import { listChangeRequests, type ChangeRequestRecord } from '../../db/queries/change-requests';
import { listHistory } from '../../db/queries/history';
import type { Context } from '../context';
import { buildRequestViews } from '../engine/change-request-view';
import { actorOf, readableArticles } from '../services/access';
import { createOrJoinRequest, editRequest, moveRequests, noSources, requireRegion, type CreatedRequest } from '../services/change-request-writes';
import { listRequestExports } from '../export/export-store';
import { narrowHistory, narrowToReadable, requireReadableRequest } from '../services/change-requests/request-reads';
import { requestFromDescriptionRequestId, requestFromFlagId, requestFromMissing } from '../services/change-requests/request-sources';
import { procedureFor, router } from '../trpc';

const readProcedure = procedureFor('read');
const writeProcedure = procedureFor('manageRequests');

const viewOf = (ctx: Context, request: ChangeRequestRecord): ChangeRequestView => buildRequestViews(ctx.handle, ctx.catalogue, [request])[0]!;
const created = (ctx: Context, result: CreatedRequest) => {
  ctx.log.info({ actor: ctx.actor, changeRequest: result.request.code, merged: result.merged }, 'change request');
  return { request: viewOf(ctx, result.request), merged: result.merged };
};

export const changeRequestsRouter = router({
  /**
   * Requests of a region, narrowed by the filter, with counts by recipient and by state. The
   * counts ignore the state and recipient filters (they are the choices those filters offer)
   * but follow the article, service and type filters. A participant sees only requests on
   * their workshops' articles.
   */
  list: readProcedure.input(listRequestsInputSchema).query(({ ctx, input }): RequestListView => {
    requireRegion(ctx.catalogue.get(), input.region);
    const readable = readableArticles(ctx);
    const types = input.types?.length ? new Set(input.types) : null;
    const concerned = listChangeRequests(ctx.handle, {
      regionCode: input.region,
      ...(readable ? { articleIds: [...readable] } : {}),
      ...(input.articleId ? { articleId: input.articleId } : {}),
      ...(input.serviceId ? { serviceId: input.serviceId } : {}),
    }).filter((r) => !types || types.has(r.type));
    const states = input.states?.length ? new Set(input.states) : null;
    const shown = concerned.filter((r) => (!states || states.has(r.state)) && matchesRecipientFilter(r.recipient, input.recipient));
    const requests = buildRequestViews(ctx.handle, ctx.catalogue, shown).map((view) => narrowToReadable(readable, view));
    const { recipients, byState } = countByRecipient(concerned);
    const label = recipientLabeller(ctx.catalogue.get());
    return { requests, byState, recipients: recipients.map((group) => ({ ...group, recipientLabel: label(group.recipient) })) };
  }),

  /** One request with its history and, for those who export, the exports it went out in. */
  get: readProcedure.input(requestIdInputSchema).query(({ ctx, input }) => {
    const request = requireReadableRequest(ctx, input.region, input.id);
    const readable = readableArticles(ctx);
    return {
      request: narrowToReadable(readable, viewOf(ctx, request)),
      history: narrowHistory(readable, listHistory(ctx.handle, { changeRequestId: request.id, limit: 200 })),
      // Exports are manager work: their file names and recipients are not everyone's to read.
      exports: can(actorOf(ctx.user), 'manageRequests') ? listRequestExports(ctx.handle, input.region, { requestId: request.id }) : [],
    };
  }),

  /** A request written by hand; a service fix that is already asked for joins the open request. */
  create: writeProcedure.input(createRequestInputSchema).mutation(({ ctx, input }) => {
    const draft = {
      type: input.type,
      serviceId: input.serviceId ?? null,
      itemKind: input.itemKind ?? null,
      itemValue: input.itemValue ?? null,
      details: input.details ?? {},
      articleIds: [...new Set(input.articleIds)],
      reason: input.reason,
    };
    // The request itself (as update answers), with whether it joined an open one.
    const { request, merged } = created(ctx, createOrJoinRequest(ctx, input.region, draft, noSources, input.state ?? 'draft'));
    return { ...request, merged };
  }),

  /** From a flag: the owner's fix for every article the item lets the service into, or DigiFinland's for the article's rule. */
  fromFlag: writeProcedure.input(requestFromFlagInputSchema).mutation(({ ctx, input }) => created(ctx, requestFromFlagId(ctx, input.region, input.flagId))),

  /** From a description request: the county writes the description (an open one is answered, not repeated). */
  fromDescriptionRequest: writeProcedure
    .input(requestFromDescriptionInputSchema)
    .mutation(({ ctx, input }) => created(ctx, requestFromDescriptionRequestId(ctx, input.region, input.descriptionRequestId))),

  /** From a service missing in an article: pin it, or add an item to the rule or the service. */
  fromMissing: writeProcedure.input(requestFromMissingInputSchema).mutation(({ ctx, input }) => created(ctx, requestFromMissing(ctx, input))),

  /** Edits an open request; CONFLICT when someone changed it since `baseVersion`. */
  update: writeProcedure.input(updateRequestInputSchema).mutation(({ ctx, input }) => viewOf(ctx, editRequest(ctx, input))),

  /** Moves requests to a state, all or none; each carries the version its writer saw. */
  move: writeProcedure.input(moveRequestsInputSchema).mutation(({ ctx, input }) => {
    const moved = moveRequests(ctx, input);
    ctx.log.info({ actor: ctx.actor, to: input.to, changeRequests: moved.map((r) => r.code) }, 'change requests moved');
    return { requests: buildRequestViews(ctx.handle, ctx.catalogue, moved) };
  }),
});
