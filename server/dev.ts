/**
 * `npm run dev`: the API on PORT (reloaded by tsx watch when server code changes) and Vite's
 * dev server on 5173 with hot reload for the client, proxying /trpc, /api and /auth (single sign-on) to the API.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startServer } from './index';

await startServer({ seedDemo: true });
const vite = await createServer({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
await vite.listen();
vite.printUrls();
