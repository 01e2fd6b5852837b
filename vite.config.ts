import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client is served by the API server in production (one port); in development
// Vite proxies /trpc and /api to it (on PORT, as `npm run dev` starts it).
const api = `http://localhost:${process.env['PORT'] ?? 3000}`;

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: false },
  server: {
    port: 5173,
    proxy: { '/trpc': api, '/api': api, '/auth': api },
  },
});
