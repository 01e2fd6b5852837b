import { insertComment, listComments } from '../../db/queries/comments';
import { addCommentInputSchema, commentListInputSchema } from '../../shared/schemas/review-api';
import { recordHistory } from '../../db/queries/history';
import { requireArticle } from '../services/access';
import { historyActor } from '../services/history-actor';
import { trackedWrite } from '../services/tracked-write';
import { procedureFor, router } from '../trpc';

export const commentsRouter = router({
  /** Comments on an article and on its article–service pairs, oldest first. */
  list: procedureFor('read')
    .input(commentListInputSchema)
    .query(({ ctx, input }) => {
      requireArticle(ctx, 'read', input.articleId);
      return listComments(ctx.handle, input.articleId);
    }),
  /** Adds a comment with the reviewer's name and the time. */
  add: procedureFor('comment')
    .input(addCommentInputSchema)
    .mutation(({ ctx, input }) => {
      requireArticle(ctx, 'comment', input.articleId);
      const comment = { articleId: input.articleId, serviceId: input.serviceId ?? null, body: input.body, author: ctx.actor, createdAt: ctx.now().toISOString() };
      return trackedWrite(ctx, [], () => {
        const saved = insertComment(ctx.handle, comment);
        recordHistory(ctx.handle, historyActor(ctx), comment.createdAt, [{ kind: 'comment.added', articleId: input.articleId, serviceId: comment.serviceId, data: { commentId: saved.id, body: input.body.slice(0, 300) } }]);
        return saved;
      });
    }),
});
