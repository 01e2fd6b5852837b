/**
 * Change requests made from what reviewers found: a flag, a description request, a service
 * missing from an article. Each looks its source up, lets shared/domain/change-request-rules
 * decide what it asks for, and stores it through createOrJoinRequest.
 */
import { descriptionRequestDetails, requestFromFlag, type RequestDraft } from '../../../shared/domain/change-request-rules';
import { DomainError } from '../../../shared/domain/domain-error';
import { listChangeRequests, type ChangeRequestRecord } from '../../../db/queries/change-requests';
import { listDescriptionRequests } from '../../../db/queries/description-requests';
import { findFlag } from '../../../db/queries/flags';
import { findProposal } from '../../../db/queries/proposals';
import type { Context } from '../../context';
import { flagCoverage } from '../../engine/flag-coverage-view';
import { UserError } from '../../user-error';
import { createOrJoinRequest, noSources, type CreatedRequest } from '../change-request-writes';

/**
 * A service flag asks the owner to remove the item (or change the area) for every article
 * the item lets the service into; a rule flag asks DigiFinland to fix the one article's rule.
 */
export function requestFromFlagId(ctx: Context, region: string, flagId: number): CreatedRequest {
  const flag = findFlag(ctx.handle, flagId);
  if (!flag || flag.regionCode !== region) throw new DomainError('NOT_FOUND', `no flag ${flagId} in region "${region}"`);
  if (flag.status !== 'open') throw new UserError(`flag ${flagId} is ${flag.status}; only an open flag becomes a change request`);
  const loaded = ctx.catalogue.get();
  const covered = flagCoverage(loaded, { ...flag, item: { kind: flag.itemKind, value: flag.itemValue } }).map((a) => a.id);
  const rule = loaded.articles.find((a) => a.id === flag.articleId)?.rule ?? {};
  const draft = requestFromFlag(flag, covered, rule);
  return createOrJoinRequest(ctx, region, draft, { ...noSources, sourceFlagId: flag.id });
}

/**
 * The county's own request to write the description a description request asked for.
 * Asking again while one is open answers that one (merged: true) rather than a second copy,
 * so a double click or a second manager does not make two letters.
 */
export function requestFromDescriptionRequestId(ctx: Context, region: string, descriptionRequestId: number): CreatedRequest {
  const source = listDescriptionRequests(ctx.handle, region).find((r) => r.id === descriptionRequestId);
  if (!source) throw new DomainError('NOT_FOUND', `no description request ${descriptionRequestId} in region "${region}"`);
  if (source.status !== 'open') throw new UserError(`description request ${descriptionRequestId} is ${source.status}; only an open one becomes a change request`);
  const existing = openRequestFromDescription(ctx, region, descriptionRequestId);
  if (existing) return { request: existing, merged: true };
  if (source.articleIds.length === 0) throw new UserError(`description request ${descriptionRequestId} names no articles; a change request needs at least one`);
  const draft: RequestDraft = {
    type: 'description.new',
    serviceId: null,
    itemKind: null,
    itemValue: null,
    details: descriptionRequestDetails(source),
    articleIds: source.articleIds,
    reason: `Uusi palvelukuvaus: ${source.name.fi || source.name.sv}`,
  };
  return createOrJoinRequest(ctx, region, draft, { ...noSources, sourceDescriptionRequestId: source.id });
}

function openRequestFromDescription(ctx: Context, region: string, descriptionRequestId: number): ChangeRequestRecord | undefined {
  return listChangeRequests(ctx.handle, { regionCode: region, states: ['draft', 'ready', 'sent', 'done'] }).find(
    (r) => r.sourceDescriptionRequestId === descriptionRequestId,
  );
}

export interface MissingServiceInput {
  region: string;
  articleId: string;
  serviceId: string;
  type: 'rule.pin' | 'service.addItem' | 'rule.addItem';
  itemKind?: RequestDraft['itemKind'] | null;
  itemValue?: string | null;
  reason: string;
  proposalId?: number | null;
}

/**
 * A service that should surface in an article and does not: DigiFinland pins it or adds an
 * item to the rule, or the owner adds an item to the service. A workshop's "missing"
 * proposal on the same article may be named as the source.
 */
export function requestFromMissing(ctx: Context, input: MissingServiceInput): CreatedRequest {
  let sourceProposalId: number | null = null;
  if (input.proposalId) {
    const proposal = findProposal(ctx.handle, input.proposalId);
    if (!proposal) throw new DomainError('NOT_FOUND', `no proposal ${input.proposalId}`);
    if (proposal.kind !== 'missing' || proposal.articleId !== input.articleId) {
      throw new UserError(`proposal ${input.proposalId} is not a "missing" proposal on article "${input.articleId}"`);
    }
    sourceProposalId = proposal.id;
  }
  const draft: RequestDraft = {
    type: input.type,
    serviceId: input.serviceId,
    itemKind: input.itemKind ?? null,
    itemValue: input.itemValue ?? null,
    details: {},
    articleIds: [input.articleId],
    reason: input.reason,
  };
  return createOrJoinRequest(ctx, input.region, draft, { ...noSources, sourceProposalId });
}
