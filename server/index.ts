import { chmodSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFirstManager } from './auth/accounts';
import { countUsers } from '../db/queries/users';
import { createDb } from '../db/client';
import { createApp } from './app';
import { oidcSettings, readEnv } from './env';
import { defaultAuthSettings } from './auth/auth-service';
import { createLogger } from './logger';
import { createBaseContext } from './services/create-context';

/** Starts the server on PORT with the database at DATABASE_PATH; returns a stop function. */
export async function startServer(options: { seedDemo?: boolean } = {}): Promise<{ port: number; stop: () => Promise<void> }> {
  const env = readEnv();
  const log = createLogger(env.LOG_LEVEL);
  const handle = createDb(env.DATABASE_PATH);
  // The configured first manager comes before anything else: with one, this is a real
  // installation, and the demo (with its own manager account) is not loaded into it.
  const first = await ensureFirstManager(handle, { email: env.LINKKIPAJA_ADMIN_EMAIL, password: env.LINKKIPAJA_ADMIN_PASSWORD, name: env.LINKKIPAJA_ADMIN_NAME });
  if (first === 'created') log.info({ email: env.LINKKIPAJA_ADMIN_EMAIL }, 'first manager created from LINKKIPAJA_ADMIN_EMAIL');
  const demoWanted = options.seedDemo && env.LINKKIPAJA_DEMO && env.NODE_ENV !== 'production' && !env.LINKKIPAJA_ADMIN_EMAIL;
  if (demoWanted) {
    const { seedDemoIfEmpty } = await import('./demo/seed-demo');
    const seeded = first !== 'exists' && (await seedDemoIfEmpty(handle));
    if (seeded) log.info('empty database: loaded the demo county (LINKKIPAJA_DEMO=0 or NODE_ENV=production turns this off)');
    // A demo database from before sign-in existed has the county but nobody to sign in as: its people come now.
    const demoWithoutPeople = !seeded && countUsers(handle) === 0 && handle.sqlite.prepare(`SELECT 1 FROM snapshots WHERE kind = 'demo' LIMIT 1`).get() !== undefined;
    if (seeded || demoWithoutPeople) {
      const { seedDemoPeople } = await import('./demo/seed-demo-people');
      const accounts = await seedDemoPeople(handle);
      showDemoAccounts(env.DATABASE_PATH, accounts);
    }
  }
  if (first === 'none' && countUsers(handle) === 0) log.warn(`no accounts yet: set LINKKIPAJA_ADMIN_EMAIL and LINKKIPAJA_ADMIN_PASSWORD, or run "npm run cli -- users add --email you@example.fi --name 'Your Name' --role manager" for an invitation link`);
  const clientDir = fileURLToPath(new URL('../dist/client', import.meta.url));
  const oidc = oidcSettings(env);
  const context = createBaseContext(handle, log, env.NODE_ENV === 'production', { ...defaultAuthSettings, ...(oidc ? { oidc } : {}) });
  // Load the catalogue before taking requests, so the first reviewer does not wait for it.
  const warm = Date.now();
  const loaded = context.catalogue.get();
  log.info({ services: loaded.services.size, articles: loaded.articles.length, ms: Date.now() - warm }, 'catalogue loaded');
  const importCap = env.LINKKIPAJA_IMPORT_MAX_MB;
  const app = createApp({ context, clientDir, ...(importCap ? { importMaxBytes: { catalogue: importCap * 1048576, articles: Math.min(20, importCap) * 1048576 } } : {}) });
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

/** Shows the demo accounts once, and keeps them beside the database (readable by the owner only). */
function showDemoAccounts(databasePath: string, accounts: readonly { email: string; role: string; password: string }[]): void {
  const lines = accounts.map((a) => `  ${a.role.padEnd(12)} ${a.email.padEnd(44)} ${a.password}`);
  const text = ['Demo accounts (random passwords, shown once):', ...lines, ''].join('\n');
  process.stderr.write(`\n${text}\n`);
  if (databasePath === ':memory:') return;
  const file = join(dirname(databasePath), 'demo-accounts.txt');
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
  process.stderr.write(`(also saved in ${file})\n\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void startServer({ seedDemo: true });
