import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { DomainError, type DomainErrorCode } from '../shared/domain/domain-error';
import { can, type Action } from '../shared/domain/permissions';
import { AuthError } from './auth/auth-service';
import type { Context } from './context';
import { actorOf, forbidden } from './services/access';
import { ImportError } from './import/import-error';
import { UserError } from './user-error';

const domainToTrpc: Record<DomainErrorCode, TRPCError['code']> = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'BAD_REQUEST',
  CONFLICT: 'CONFLICT',
  INVARIANT: 'INTERNAL_SERVER_ERROR',
};

/**
 * The one place errors become transport errors: known user/domain errors keep their
 * message; anything else is logged in full and answered with a generic message in production.
 */
const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const internal = error.code === 'INTERNAL_SERVER_ERROR';
    if (internal) ctx?.log.error({ err: error.cause ?? error, path: shape.data.path }, 'procedure failed');
    // Refused input is logged by where it failed, never by value (it may hold a password).
    if (error.cause instanceof z.ZodError) ctx?.log.warn({ event: 'validation_failed', path: shape.data.path, fields: error.cause.issues.slice(0, 20).map((issue) => issue.path.join('.')) }, 'input refused');
    const hide = internal && (ctx?.production ?? true);
    return {
      ...shape,
      message: hide ? 'Internal error' : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError: error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null,
        /** What someone else changed first, for the conflict message. */
        conflict: error.cause instanceof DomainError ? (error.cause.details ?? null) : null,
        /** Why a sign-in or password change was refused, for a message in the UI language. */
        auth: error.cause instanceof AuthError ? { reason: error.cause.reason, retryAfter: error.cause.retryAfter } : null,
      },
    };
  },
});

const mapKnownErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError) throw new TRPCError({ code: domainToTrpc[cause.code], message: cause.message, cause });
    if (cause instanceof UserError || cause instanceof ImportError) throw new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
    if (cause instanceof AuthError) throw new TRPCError({ code: cause.reason === 'rate_limited' ? 'TOO_MANY_REQUESTS' : 'BAD_REQUEST', message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Open to anyone: signing in, accepting an invitation, asking who is signed in. */
export const publicProcedure = t.procedure.use(mapKnownErrors);

/** Anyone signed in and active; others get UNAUTHORIZED. */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  const user = ctx.user;
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  return next({ ctx: { ...ctx, user } });
});

/**
 * Signed in, and the role may do `action` somewhere. Procedures on one article check the
 * article as well (requireArticle): a lead only in their topics, a participant only in
 * their workshops.
 */
export function procedureFor(action: Action) {
  return signedInProcedure.use(({ ctx, next }) => {
    if (!can(actorOf(ctx.user), action)) throw forbidden(ctx, action);
    return next();
  });
}
