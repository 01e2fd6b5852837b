import { TRPCError } from '@trpc/server';

/** The TRPCError a call was refused with; fails the test when the call succeeds or throws something else. */
export async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected the call to be refused with a TRPCError, got ${String(error)}`);
  return error;
}
