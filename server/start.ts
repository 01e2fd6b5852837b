import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './index';

/** `npm start`: builds the client when it has not been built, then serves the app on demo data. */
const clientIndex = fileURLToPath(new URL('../dist/client/index.html', import.meta.url));
if (!existsSync(clientIndex)) {
  process.stderr.write('Building the client (first start)…\n');
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
await startServer({ seedDemo: true });
