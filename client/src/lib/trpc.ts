import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/routers/_app';

/** The one tRPC client; the server caps batches at 10 calls. */
export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', maxItems: 10 })],
});

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();
