import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express, { type Express } from 'express';
import type { Context } from './context';
import { securityHeaders, sameOriginJsonWrites } from './http/security-headers';
import { readSessionCookie } from './auth/session-cookie';
import { OidcClient } from './auth/oidc/oidc-client';
import { oidcRoutes } from './auth/oidc/oidc-routes';
import { importRoutes } from './http/import-routes';
import { exportRoutes } from './http/export-routes';
import { asUser } from './services/create-context';
import { appRouter } from './routers/_app';

export interface AppOptions {
  context: Context;
  /** Folder of the built client; served when it exists. */
  clientDir?: string;
  /** Upload caps of /api/imports in bytes (LINKKIPAJA_IMPORT_MAX_MB); defaults in import-routes. */
  importMaxBytes?: { catalogue?: number; articles?: number };
}

/** The HTTP app without listen(): API on /trpc, health on /api/health, the client on /. */
export function createApp({ context, clientDir, importMaxBytes }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(securityHeaders);
  app.use((req, res, next) => (req.method === 'TRACE' || req.method === 'TRACK' ? res.status(405).end() : next()));
  app.get('/api/health', (_req, res) => {
    const snapshot = context.handle.sqlite.prepare('SELECT max(id) AS id FROM snapshots').get() as { id: number | null };
    res.json({ ok: true, snapshot: snapshot.id });
  });
  app.use('/api/imports', importRoutes({ context, maxBytes: importMaxBytes }));
  app.use('/api/exports', exportRoutes(context));
  app.use(
    '/trpc',
    sameOriginJsonWrites,
    createExpressMiddleware({
      router: appRouter,
      createContext: ({ req, res }) => {
        const session = context.auth.resolve(readSessionCookie(req.headers.cookie), context.now());
        return {
          ...asUser(context, session?.user ?? null, session?.tokenHash ?? null),
          // The socket's address: no forwarding header is trusted (trust proxy is off).
          clientAddress: req.socket.remoteAddress ?? 'unknown',
          setCookie: (cookie: string) => res.append('Set-Cookie', cookie),
        };
      },
      maxBodySize: 100 * 1024,
      maxBatchSize: 10,
      allowMethodOverride: false,
    }),
  );
  const oidc = context.auth.settings.oidc;
  if (oidc) app.use('/auth/oidc', oidcRoutes({ client: new OidcClient(oidc), auth: context.auth, handle: context.handle, log: context.log, now: () => context.now() }));
  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, dotfiles: 'deny', redirect: false }));
    app.get(/^\/(?!trpc|api|auth\/|assets\/).*/, (_req, res) => res.sendFile(join(clientDir, 'index.html')));
  }
  app.use((_req, res) => res.status(404).json({ error: 'not found' }));
  return app;
}
