import { can, seesAllArticles, type Action, type Actor, type ArticleScope } from '../../shared/domain/permissions';
import { DomainError } from '../../shared/domain/domain-error';
import type { UserRecord } from '../../db/queries/users';
import type { Context } from '../context';
import { TRPCError } from '@trpc/server';

export function actorOf(user: UserRecord): Actor {
  return { id: user.id, role: user.role, topics: user.topics, workshopIds: user.workshopIds };
}

/** An article's topic and workshops, or null when there is no such article. */
export function articleScope(ctx: Pick<Context, 'catalogue' | 'handle'>, articleId: string): ArticleScope | null {
  const article = ctx.catalogue.get().articles.find((a) => a.id === articleId);
  if (!article) return null;
  const workshopIds = ctx.handle.sqlite.prepare(`SELECT workshop_id FROM workshop_articles WHERE article_id = ?`).pluck().all(articleId) as number[];
  return { topic: article.topic, workshopIds };
}

/**
 * Refuses unless the signed-in person may do `action` on the article. An article that does
 * not exist is NOT_FOUND — but only to those who may act on every article, so a
 * participant cannot probe which articles exist outside their workshops.
 */
export function requireArticle(ctx: Context, action: Action, articleId: string): ArticleScope {
  const user = ctx.user;
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  const scope = articleScope(ctx, articleId);
  if (!scope) {
    // "Not found" only to those who may act on any article; to someone limited to their
    // topics or workshops, an unknown article looks like any other outside them.
    if (!can(actorOf(user), action, { topic: '', workshopIds: [] })) throw forbidden(ctx, action, articleId);
    throw new DomainError('NOT_FOUND', `unknown article "${articleId}"`);
  }
  if (!can(actorOf(user), action, scope)) throw forbidden(ctx, action, articleId);
  return scope;
}

/** The articles a person may read: null for all, or the ids of their workshops' articles. */
export function readableArticles(ctx: Context): Set<string> | null {
  const user = ctx.user;
  if (!user || seesAllArticles(actorOf(user))) return null;
  if (user.workshopIds.length === 0) return new Set();
  const ids = ctx.handle.sqlite
    .prepare(`SELECT DISTINCT article_id FROM workshop_articles WHERE workshop_id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(JSON.stringify(user.workshopIds)) as string[];
  return new Set(ids);
}

export function forbidden(ctx: Context, action: Action, articleId?: string): TRPCError {
  ctx.log.warn({ event: 'authz_denied', userId: ctx.user?.id, role: ctx.user?.role, action, articleId }, 'forbidden');
  return new TRPCError({ code: 'FORBIDDEN', message: `your role may not ${action}${articleId ? ` in article "${articleId}"` : ''}` });
}
