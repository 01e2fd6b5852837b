import { fileURLToPath } from 'node:url';

/**
 * Builds the client into dist/client as users get it. Vite bundles React's development build
 * whenever NODE_ENV says so (vitest sets `test`), so NODE_ENV is production for the build and
 * restored afterwards.
 */
export async function buildClient(): Promise<void> {
  const { build } = await import('vite');
  const before = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), mode: 'production', logLevel: 'warn' });
  } finally {
    if (before === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = before;
  }
}
