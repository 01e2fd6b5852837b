import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { DomainError, type DomainErrorCode } from '../shared/domain/domain-error';
import type { Context } from './context';
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
    const hide = internal && (ctx?.production ?? true);
    return {
      ...shape,
      message: hide ? 'Internal error' : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError: error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null,
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
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Reading procedures; role checks arrive with sign-in. */
export const publicProcedure = t.procedure.use(mapKnownErrors);
