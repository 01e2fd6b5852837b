import { fileURLToPath } from 'node:url';
import { createDb } from '../db/client';
import { createApp } from './app';
import { readEnv } from './env';
import { createLogger } from './logger';
import { createBaseContext } from './services/create-context';

/** Starts the server on PORT with the database at DATABASE_PATH; returns a stop function. */
export async function startServer(options: { seedDemo?: boolean } = {}): Promise<{ port: number; stop: () => Promise<void> }> {
  const env = readEnv();
  const log = createLogger(env.LOG_LEVEL);
  const handle = createDb(env.DATABASE_PATH);
  if (options.seedDemo) {
    const { seedDemoIfEmpty } = await import('./demo/seed-demo');
    if (await seedDemoIfEmpty(handle)) log.info('empty database: loaded the demo county');
  }
  const clientDir = fileURLToPath(new URL('../dist/client', import.meta.url));
  const context = createBaseContext(handle, log, env.NODE_ENV === 'production');
  // Load the catalogue before taking requests, so the first reviewer does not wait for it.
  const warm = Date.now();
  const loaded = context.catalogue.get();
  log.info({ services: loaded.services.size, articles: loaded.articles.length, ms: Date.now() - warm }, 'catalogue loaded');
  const app = createApp({ context, clientDir });
  return new Promise((resolve) => {
    const server = app.listen(env.PORT, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : env.PORT;
      log.info({ port, database: env.DATABASE_PATH }, `Linkkipaja listening on http://localhost:${port}`);
      resolve({
        port,
        stop: () => new Promise<void>((done) => server.close(() => (handle.close(), done()))),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void startServer({ seedDemo: true });
