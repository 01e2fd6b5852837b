/**
 * Every write of a change request: create (or join the open request for the same fix), edit
 * and move. Each is one transaction with its history events, so a request never changes
 * without a record of who changed it and from what.
 */
import { digifinlandRecipient, isOpen, needsService, recipientKindFor, type ChangeRequestState, type Recipient } from '../../shared/domain/change-request';
import { joinsSameFix, moveProblem, requestFieldProblem, type RequestDraft } from '../../shared/domain/change-request-rules';
import type { LocalizedText } from '../../shared/domain/catalogue-service';
import { DomainError, type ConflictDetails } from '../../shared/domain/domain-error';
import { can } from '../../shared/domain/permissions';
import type { Region } from '../../shared/domain/types';
import {
  addRequestArticles,
  findChangeRequest,
  findOpenSameFix,
  insertChangeRequest,
  setRequestArticles,
  updateChangeRequest,
  type ChangeRequestPatch,
  type ChangeRequestRecord,
} from '../../db/queries/change-requests';
import { listHistory, recordHistory, type HistoryKind, type NewHistoryEvent } from '../../db/queries/history';
import type { Context } from '../context';
import type { LoadedCatalogue } from '../engine/load-workspace';
import { owningOrganization } from '../engine/service-summary';
import { UserError } from '../user-error';
import { actorOf, articleScope, forbidden } from './access';
import { historyActor } from './history-actor';
import { trackedWrite } from './tracked-write';

/** Where a request came from, kept with it. */
export interface RequestSources {
  sourceFlagId: number | null;
  sourceDescriptionRequestId: number | null;
  sourceProposalId: number | null;
}

export const noSources: RequestSources = { sourceFlagId: null, sourceDescriptionRequestId: null, sourceProposalId: null };

export function requireRegion(loaded: LoadedCatalogue, code: string): Region {
  const region = loaded.regions.find((r) => r.code === code);
  if (!region) throw new UserError(`unknown region "${code}"`);
  return region;
}

/** A request of the region, or NOT_FOUND (a request of another region is not found in this one). */
export function requireRequest(ctx: Pick<Context, 'handle'>, region: string, id: number): ChangeRequestRecord {
  const request = findChangeRequest(ctx.handle, id);
  if (!request || request.regionCode !== region) throw new DomainError('NOT_FOUND', `no change request ${id} in region "${region}"`);
  return request;
}

const firstName = (name: LocalizedText): string | undefined => name.fi || name.sv || name.en || undefined;

/**
 * Who must act on a request: DigiFinland for article rules, the county itself for a new
 * description, otherwise the service's responsible organisation as the organisation data
 * names it, with its first e-mail address (PTV's own organisation data when the table lacks it).
 */
export function recipientFor(loaded: LoadedCatalogue, region: Region, type: RequestDraft['type'], serviceId: string | null): Recipient {
  const kind = recipientKindFor(type);
  if (kind === 'digifinland') return digifinlandRecipient;
  if (kind === 'county') return { kind: 'county', organizationId: null, name: region.name.fi || region.name.sv || region.code, email: null };
  const stored = serviceId === null ? undefined : loaded.services.get(serviceId);
  if (!stored) throw new UserError(`service ${serviceId ?? '(none)'} is not in the current catalogue snapshot, so its owner is not known`);
  const owner = owningOrganization(stored.service, loaded.organizations);
  const email = owner.id ? (loaded.organizations.get(owner.id)?.emails[0] ?? null) : null;
  return { kind: 'organization', organizationId: owner.id, name: firstName(owner.name) ?? owner.id ?? `owner of service ${serviceId}`, email };
}

/**
 * Refuses articles that do not exist (naming them all) and, for each that does, a person who
 * may not manage requests on it: the check that keeps per-article roles honest if
 * 'manageRequests' ever reaches beyond managers.
 */
export function requireRequestArticles(ctx: Context, articleIds: readonly string[]): void {
  const user = ctx.user!;
  const unknown: string[] = [];
  for (const articleId of new Set(articleIds)) {
    const scope = articleScope(ctx, articleId);
    if (!scope) unknown.push(articleId);
    else if (!can(actorOf(user), 'manageRequests', scope)) throw forbidden(ctx, 'manageRequests', articleId);
  }
  if (unknown.length > 0) throw new UserError(`unknown article(s): ${unknown.join(', ')}`);
}

/** Checks a draft's fields, articles and service before anything is written. */
function checkDraft(ctx: Context, loaded: LoadedCatalogue, draft: RequestDraft): void {
  const problem = requestFieldProblem(draft);
  if (problem) throw new UserError(problem);
  requireRequestArticles(ctx, draft.articleIds);
  // A service the request names must be one the catalogue has now, even when the type does not need one.
  if (draft.serviceId !== null && !loaded.services.has(draft.serviceId)) {
    throw new UserError(`service ${draft.serviceId} is not in the current catalogue snapshot${needsService(draft.type) ? '' : ' (leave serviceId out if none)'}`);
  }
}

/** One history event on a request: the first article in its column, all of them (and the new version) in data. */
function requestEvent(kind: HistoryKind, request: ChangeRequestRecord, data: Record<string, unknown>): NewHistoryEvent {
  return {
    kind,
    articleId: request.articleIds[0] ?? null,
    serviceId: request.serviceId,
    regionCode: request.regionCode,
    changeRequestId: request.id,
    data: { code: request.code, articleIds: request.articleIds, version: request.version, ...data },
  };
}

export interface CreatedRequest {
  request: ChangeRequestRecord;
  /** True when the draft joined an open request for the same fix instead of making a new one. */
  merged: boolean;
}

/**
 * Stores a request, or — one request per service fix — adds the draft's articles to the
 * draft or ready request for the same fix (sameFixKey). A sent request went out as it was
 * and a closed one is done with, so a new flag after them starts a new request.
 */
export function createOrJoinRequest(ctx: Context, regionCode: string, draft: RequestDraft, sources: RequestSources, state: 'draft' | 'ready' = 'draft'): CreatedRequest {
  const loaded = ctx.catalogue.get();
  const region = requireRegion(loaded, regionCode);
  checkDraft(ctx, loaded, draft);
  const recipient = recipientFor(loaded, region, draft.type, draft.serviceId);
  const at = ctx.now().toISOString();
  return trackedWrite(ctx, [], () => {
    const open = joinsSameFix(draft.type) ? findOpenSameFix(ctx.handle, { ...draft, regionCode }) : undefined;
    if (open) {
      const added = addRequestArticles(ctx.handle, open.id, draft.articleIds);
      if (added.length === 0) return { request: open, merged: true };
      // The articles changed: an editor holding the old version must not overwrite them unseen.
      updateChangeRequest(ctx.handle, open.id, null, {}, at);
      const request = findChangeRequest(ctx.handle, open.id)!;
      recordHistory(ctx.handle, historyActor(ctx), at, [requestEvent('changeRequest.articlesAdded', request, { added, ...sources })]);
      return { request, merged: true };
    }
    const request = insertChangeRequest(ctx.handle, {
      ...draft,
      ...sources,
      regionCode,
      recipient,
      state,
      baseSnapshotId: loaded.snapshotId,
      createdBy: ctx.actor,
      createdAt: at,
    });
    recordHistory(ctx.handle, historyActor(ctx), at, [
      requestEvent('changeRequest.created', request, { type: request.type, state, recipient: { kind: recipient.kind, name: recipient.name }, ...sources }),
    ]);
    return { request, merged: false };
  });
}

/**
 * CONFLICT for a writer whose version is behind, saying who changed the request since
 * (every event records the version it made).
 */
function conflict(ctx: Context, request: ChangeRequestRecord, baseVersion: number): DomainError {
  const events = listHistory(ctx.handle, { changeRequestId: request.id, limit: 50 }).filter((e) => Number(e.data['version'] ?? 0) > baseVersion);
  const details: ConflictDetails = {
    changes: events.map((e) => ({
      by: e.userName,
      at: e.at,
      what: e.kind,
      from: typeof e.data['from'] === 'string' ? e.data['from'] : null,
      to: typeof e.data['to'] === 'string' ? e.data['to'] : null,
    })),
  };
  const who = [...new Set(events.map((e) => e.userName))].join(', ') || 'someone';
  return new DomainError(
    'CONFLICT',
    `${who} changed change request ${request.code} after you opened it (it is at version ${request.version}, you had ${baseVersion}); reload it and make your change again`,
    details,
  );
}

export interface RequestEdit {
  region: string;
  id: number;
  baseVersion: number;
  reason?: string | null;
  details?: RequestDraft['details'] | null;
  articleIds?: string[] | null;
  itemKind?: RequestDraft['itemKind'];
  itemValue?: string | null;
  recipientEmail?: string | null;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Which of what the request asks for (its articles, item, details) an edit would change. */
function whatChangesTheFix(current: ChangeRequestRecord, next: Pick<ChangeRequestRecord, 'itemKind' | 'itemValue' | 'details' | 'articleIds'>): string[] {
  const articles = new Set(next.articleIds);
  const changes: string[] = [];
  if (articles.size !== current.articleIds.length || current.articleIds.some((id) => !articles.has(id))) changes.push('articles');
  if (next.itemKind !== current.itemKind || next.itemValue !== current.itemValue) changes.push('item');
  if (JSON.stringify(next.details) !== JSON.stringify(current.details)) changes.push('details');
  return changes;
}

/**
 * Edits an open request if nobody changed it since `baseVersion`; absent fields stay as they
 * are. Once sent, what it asks for (articles, item, details) is what the recipient got, so
 * only the reason and the e-mail address may still change.
 */
export function editRequest(ctx: Context, edit: RequestEdit): ChangeRequestRecord {
  const current = requireRequest(ctx, edit.region, edit.id);
  if (current.version !== edit.baseVersion) throw conflict(ctx, current, edit.baseVersion);
  if (!isOpen(current.state)) throw new UserError(`${current.code} is ${current.state}; move it back to an open state before editing it`);
  const itemKind = edit.itemKind ?? current.itemKind;
  const itemValue = edit.itemValue ?? current.itemValue;
  const details = edit.details ?? current.details;
  const problem = requestFieldProblem({ type: current.type, serviceId: current.serviceId, itemKind, itemValue, details });
  if (problem) throw new UserError(`${current.code}: ${problem}`);
  if (edit.articleIds) requireRequestArticles(ctx, edit.articleIds);
  const asked = whatChangesTheFix(current, { itemKind, itemValue, details, articleIds: edit.articleIds ?? current.articleIds });
  if (asked.length > 0 && (current.state === 'sent' || current.state === 'done')) {
    throw new UserError(
      `${current.code} is ${current.state}: its ${asked.join(', ')} went to the recipient as they are and cannot change now; withdraw it and make a new request instead`,
    );
  }
  const patch: ChangeRequestPatch = {};
  if (edit.reason) patch.reason = edit.reason;
  if (edit.details) patch.details = edit.details;
  if (edit.itemKind || edit.itemValue) Object.assign(patch, { itemKind, itemValue });
  if (edit.recipientEmail !== undefined && edit.recipientEmail !== null) {
    // An empty address clears it: the organisation data had a wrong one.
    const email = edit.recipientEmail === '' ? null : edit.recipientEmail;
    if (email !== null && !emailPattern.test(email)) throw new UserError(`"${email}" is not an e-mail address`);
    patch.recipient = { ...current.recipient, email };
  }
  const changed = [...Object.keys(patch), ...(edit.articleIds ? ['articleIds'] : [])];
  if (changed.length === 0) throw new UserError(`nothing to change in ${current.code}: give reason, details, articleIds, an item or recipientEmail`);
  const at = ctx.now().toISOString();
  return trackedWrite(ctx, [], () => {
    if (!updateChangeRequest(ctx.handle, current.id, edit.baseVersion, patch, at)) throw conflict(ctx, findChangeRequest(ctx.handle, current.id)!, edit.baseVersion);
    if (edit.articleIds) setRequestArticles(ctx.handle, current.id, [...new Set(edit.articleIds)]);
    const request = findChangeRequest(ctx.handle, current.id)!;
    const before = edit.articleIds ? { articleIdsBefore: current.articleIds } : {};
    recordHistory(ctx.handle, historyActor(ctx), at, [requestEvent('changeRequest.changed', request, { changed, ...before })]);
    return request;
  });
}

export interface RequestMove {
  region: string;
  to: ChangeRequestState;
  requests: readonly { id: number; baseVersion: number }[];
  note?: string | null;
}

/**
 * Moves requests by hand, all or none: one refused (unknown, changed since, or a move the
 * state machine does not allow) refuses them all. Moving to sent stamps when; leaving
 * verified forgets which snapshot verified it.
 */
export function moveRequests(ctx: Context, move: RequestMove): ChangeRequestRecord[] {
  const ids = move.requests.map((r) => r.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new UserError(`change request(s) ${[...new Set(twice)].join(', ')} listed more than once`);
  const at = ctx.now().toISOString();
  return trackedWrite(ctx, [], () =>
    move.requests.map(({ id, baseVersion }) => {
      const current = requireRequest(ctx, move.region, id);
      if (current.version !== baseVersion) throw conflict(ctx, current, baseVersion);
      const problem = moveProblem(current, move.to);
      if (problem) throw new UserError(problem);
      const patch: ChangeRequestPatch = { state: move.to };
      if (move.to === 'sent') patch.sentAt = at;
      if (current.state === 'verified') patch.verifiedSnapshotId = null;
      if (!updateChangeRequest(ctx.handle, id, baseVersion, patch, at)) throw conflict(ctx, findChangeRequest(ctx.handle, id)!, baseVersion);
      const request = findChangeRequest(ctx.handle, id)!;
      recordHistory(ctx.handle, historyActor(ctx), at, [requestEvent('changeRequest.moved', request, { from: current.state, to: move.to, note: move.note ?? null })]);
      return request;
    }),
  );
}
