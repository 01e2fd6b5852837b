import { insertComment, listComments } from '../../db/queries/comments';
import { addCommentInputSchema, commentListInputSchema } from '../../shared/schemas/review-api';
import { UserError } from '../user-error';
import { trackedWrite } from '../services/tracked-write';
import { publicProcedure, router } from '../trpc';

export const commentsRouter = router({
  /** Comments on an article and on its article–service pairs, oldest first. */
  list: publicProcedure.input(commentListInputSchema).query(({ ctx, input }) => listComments(ctx.handle, input.articleId)),
  /** Adds a comment with the reviewer's name and the time. */
  add: publicProcedure.input(addCommentInputSchema).mutation(({ ctx, input }) => {
    if (!ctx.catalogue.get().articles.some((a) => a.id === input.articleId)) throw new UserError(`unknown article "${input.articleId}"`);
    const comment = { articleId: input.articleId, serviceId: input.serviceId ?? null, body: input.body, author: ctx.actor, createdAt: ctx.now().toISOString() };
    return trackedWrite(ctx, [], () => insertComment(ctx.handle, comment));
  }),
});
