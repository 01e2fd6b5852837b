/**
 * Reading change requests as a person may: a participant only those concerning their
 * workshops' articles, and of those only the articles they may read.
 */
import type { ChangeRequestView } from '../../../shared/schemas/change-requests-api';
import { findChangeRequest, type ChangeRequestRecord } from '../../../db/queries/change-requests';
import type { HistoryEvent } from '../../../db/queries/history';
import type { Context } from '../../context';
import { forbidden, readableArticles } from '../access';
import { requireRequest } from '../change-request-writes';

/** Whether the request concerns an article the person may read (null: they read all). */
export function mayReadRequest(readable: ReadonlySet<string> | null, request: Pick<ChangeRequestRecord, 'articleIds'>): boolean {
  return readable === null || request.articleIds.some((id) => readable.has(id));
}

/**
 * The view without the articles the person may not read: article ids are title slugs, so
 * the check's problems on other articles would name them too.
 */
export function narrowToReadable(readable: ReadonlySet<string> | null, view: ChangeRequestView): ChangeRequestView {
  if (readable === null) return view;
  const verification = view.verification && {
    ...view.verification,
    problems: view.verification.problems.filter((p) => p.articleId === undefined || readable.has(p.articleId)),
  };
  return { ...view, articles: view.articles.filter((a) => readable.has(a.id)), verification };
}

/**
 * A request the person may read. Someone limited to their workshops gets FORBIDDEN for a
 * request outside them and for one that does not exist alike, so ids cannot be probed.
 */
export function requireReadableRequest(ctx: Context, region: string, id: number): ChangeRequestRecord {
  const readable = readableArticles(ctx);
  if (readable === null) return requireRequest(ctx, region, id);
  const request = findChangeRequest(ctx.handle, id);
  if (request && request.regionCode === region && mayReadRequest(readable, request)) return request;
  throw forbidden(ctx, 'read');
}

/** The keys of a change request event's data that list article ids. */
const articleListKeys = ['articleIds', 'added', 'articleIdsBefore'];

/**
 * Events with only the article ids the person may read: in the article column and in the
 * lists a change request event keeps in its data (one request spans many articles). For
 * every reader of history, whether of a request or of an article.
 */
export function narrowHistory<E extends HistoryEvent>(readable: ReadonlySet<string> | null, events: E[]): E[] {
  if (readable === null) return events;
  const narrow = (value: unknown) => (Array.isArray(value) ? value.filter((id) => typeof id === 'string' && readable.has(id)) : value);
  return events.map((e) => {
    const data = { ...e.data };
    if (e.kind.startsWith('changeRequest.')) for (const key of articleListKeys) if (key in data) data[key] = narrow(data[key]);
    return { ...e, articleId: e.articleId !== null && readable.has(e.articleId) ? e.articleId : null, data };
  });
}

