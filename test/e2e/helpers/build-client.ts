import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds the client once before the browser tests, so they test the code as it is now. */
export default async function buildClient(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
