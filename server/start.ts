import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClient } from './build-client';
import { startServer } from './index';

/** `npm start`: builds the client when it is missing or older than its sources, then serves the app on demo data. */
const root = fileURLToPath(new URL('..', import.meta.url));
const clientIndex = join(root, 'dist/client/index.html');

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sourcesChanged = () => Math.max(newestChange(join(root, 'client')), newestChange(join(root, 'shared')), statSync(join(root, 'vite.config.ts')).mtimeMs);
if (!existsSync(clientIndex) || statSync(clientIndex).mtimeMs < sourcesChanged()) {
  process.stderr.write('Building the client…\n');
  await buildClient();
}
await startServer({ seedDemo: true });
