import { randomUUID } from 'node:crypto';
import { DomainError, type ConflictDetails } from '../../shared/domain/domain-error';
import type { DecisionValue } from '../../shared/domain/types';
import { decisionChangesSince, lastOwnDecisionEvents, recordHistory, type HistoryEvent, type NewHistoryEvent } from '../../db/queries/history';
import type { Context } from '../context';
import { serviceSummary } from '../engine/service-summary';
import { requireArticle } from './access';
import { historyActor } from './history-actor';
import { trackedWrite } from './tracked-write';

/** One pair's approved decision as history records it. */
export interface DecisionState {
  decision: DecisionValue;
  decidedBy: string;
  decidedAt: string;
  note: string | null;
  serviceHash: string | null;
}

export interface DecisionChange {
  serviceId: string;
  /** null removes the decision (the service is unreviewed again). */
  decision: DecisionValue | null;
  note?: string | null;
}

export interface DecisionWriteResult {
  /** The article's decisions version after the write: the base for the next one. */
  version: number;
  changed: number;
}

function currentState(ctx: Context, articleId: string, serviceId: string): DecisionState | null {
  return (
    (ctx.handle.sqlite
      .prepare(
        `SELECT decision, decided_by AS decidedBy, decided_at AS decidedAt, note, service_hash AS serviceHash FROM decisions WHERE article_id = ? AND service_id = ? AND status = 'approved'`,
      )
      .get(articleId, serviceId) as DecisionState | undefined) ?? null
  );
}

function applyState(ctx: Context, articleId: string, serviceId: string, state: DecisionState | null, source: 'ui' | 'import'): void {
  ctx.handle.sqlite.prepare(`DELETE FROM decisions WHERE article_id = ? AND service_id = ? AND status = 'approved'`).run(articleId, serviceId);
  if (!state) return;
  ctx.handle.sqlite
    .prepare(`INSERT INTO decisions (article_id, service_id, decision, status, decided_by, decided_at, note, service_hash, source) VALUES (?, ?, ?, 'approved', ?, ?, ?, ?, ?)`)
    .run(articleId, serviceId, state.decision, state.decidedBy, state.decidedAt, state.note, state.serviceHash, source);
}

export function decisionsVersion(ctx: Pick<Context, 'handle'>, articleId: string): number {
  return (ctx.handle.sqlite.prepare(`SELECT decisions_version FROM articles WHERE id = ?`).pluck().get(articleId) as number | undefined) ?? 0;
}

function bumpVersion(ctx: Context, articleId: string): number {
  return ctx.handle.sqlite.prepare(`UPDATE articles SET decisions_version = decisions_version + 1 WHERE id = ? RETURNING decisions_version`).pluck().get(articleId) as number;
}

function conflictDetails(ctx: Context, events: readonly HistoryEvent[]): ConflictDetails {
  const loaded = ctx.catalogue.get();
  return {
    changes: events.map((e) => {
      const after = e.data['after'] as DecisionState | null | undefined;
      const before = e.data['before'] as DecisionState | null | undefined;
      const name = e.serviceId ? serviceSummary(loaded, e.serviceId)?.name : null;
      return { by: e.userName, at: e.at, what: e.kind, serviceId: e.serviceId, serviceName: name?.fi ?? name?.sv ?? null, from: before?.decision ?? null, to: after?.decision ?? null };
    }),
  };
}

/**
 * Changes an article's approved decisions if nobody else changed the same services since
 * `baseVersion` (the version the person's screen showed). Changes to other services of the
 * article in between are not a conflict: nothing of theirs is overwritten. Every change is
 * recorded in history with its before and after, under one batch id (for undo).
 */
export function writeDecisions(ctx: Context, input: DecisionWriteInput): DecisionWriteResult {
  return trackedWrite(ctx, [input.articleId], () => applyDecisions(ctx, input));
}

export interface DecisionWriteInput {
  region: string | null;
  articleId: string;
  baseVersion: number;
  changes: readonly DecisionChange[];
  kind?: 'decision.set' | 'decision.cleared' | 'decision.undone';
}

/**
 * writeDecisions' work inside a caller's own trackedWrite (which must list the article),
 * for a write that changes decisions together with other things in one transaction.
 */
export function applyDecisions(ctx: Context, input: DecisionWriteInput): DecisionWriteResult {
  const loaded = ctx.catalogue.get();
  const at = ctx.now().toISOString();
  const batch = randomUUID();
  const current = decisionsVersion(ctx, input.articleId);
  if (input.baseVersion > current) throw new DomainError('CONFLICT', `article "${input.articleId}" is at decisions version ${current}, not ${input.baseVersion}; reload it`);
  if (current > input.baseVersion) {
    const theirs = decisionChangesSince(ctx.handle, input.articleId, input.baseVersion, input.changes.map((c) => c.serviceId), ctx.user?.id ?? null);
    if (theirs.length > 0) {
      const who = [...new Set(theirs.map((e) => e.userName))].join(', ');
      throw new DomainError('CONFLICT', `${who} changed the same decisions of article "${input.articleId}" first`, conflictDetails(ctx, theirs));
    }
  }
  const events: NewHistoryEvent[] = [];
  for (const change of input.changes) {
    const before = currentState(ctx, input.articleId, change.serviceId);
    const after: DecisionState | null = change.decision
      ? { decision: change.decision, decidedBy: ctx.actor, decidedAt: at, note: change.note ?? null, serviceHash: loaded.services.get(change.serviceId)?.hash ?? null }
      : null;
    if (!before && !after) continue;
    if (before && after && before.decision === after.decision && before.note === after.note) continue;
    applyState(ctx, input.articleId, change.serviceId, after, 'ui');
    events.push({ kind: input.kind ?? (after ? 'decision.set' : 'decision.cleared'), articleId: input.articleId, serviceId: change.serviceId, regionCode: input.region, data: { batch, before, after } });
  }
  if (events.length === 0) return { version: current, changed: 0 };
  const version = bumpVersion(ctx, input.articleId);
  recordHistory(ctx.handle, historyActor(ctx), at, events.map((e) => ({ ...e, articleVersion: version })));
  return { version, changed: events.length };
}

/**
 * Undoes the person's own last decision change (one call's worth), if nobody changed those
 * pairs since. An undo is itself recorded, and is not undone again.
 */
export function undoLastDecision(ctx: Context, region: string): DecisionWriteResult & { articleId: string } {
  const user = ctx.user;
  if (!user) throw new DomainError('NOT_FOUND', 'nothing to undo');
  const events = lastOwnDecisionEvents(ctx.handle, user.id);
  if (events.length === 0 || events[0]!.kind === 'decision.undone') throw new DomainError('NOT_FOUND', 'you have no decision to undo');
  const articleId = events[0]!.articleId!;
  // Roles and topics may have changed since the decision was made.
  requireArticle(ctx, 'decide', articleId);
  const at = ctx.now().toISOString();
  const batch = randomUUID();
  return trackedWrite(ctx, [articleId], () => {
    const restored: NewHistoryEvent[] = [];
    for (const event of events) {
      const after = (event.data['after'] as DecisionState | null) ?? null;
      const before = (event.data['before'] as DecisionState | null) ?? null;
      const now = currentState(ctx, articleId, event.serviceId!);
      const same = (a: DecisionState | null, b: DecisionState | null) => (a === null ? b === null : b !== null && a.decision === b.decision && a.decidedAt === b.decidedAt && a.decidedBy === b.decidedBy);
      if (!same(now, after)) {
        throw new DomainError('CONFLICT', 'someone changed this decision after you; it can no longer be undone', {
          changes: [{ by: now?.decidedBy ?? '?', at: now?.decidedAt ?? '', what: 'decision.set', serviceId: event.serviceId, serviceName: null, from: after?.decision ?? null, to: now?.decision ?? null }],
        });
      }
      applyState(ctx, articleId, event.serviceId!, before, 'ui');
      restored.push({ kind: 'decision.undone', articleId, serviceId: event.serviceId, regionCode: region, data: { batch, before: after, after: before, undid: event.id } });
    }
    const version = bumpVersion(ctx, articleId);
    recordHistory(ctx.handle, historyActor(ctx), at, restored.map((e) => ({ ...e, articleVersion: version })));
    return { version, changed: restored.length, articleId };
  });
}
