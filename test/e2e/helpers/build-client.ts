import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds the client once before the browser tests, so they test the code as it is now. */
export default async function buildClient(): Promise<void> {
  // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
  const before = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)), mode: 'production', logLevel: 'warn' });
  } finally {
    if (before === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = before;
  }
}
