import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client is served by the API server in production (one port); in development
// Vite proxies /trpc and /api to it.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: false },
  server: {
    port: 5173,
    proxy: { '/trpc': 'http://localhost:3000', '/api': 'http://localhost:3000' },
  },
});
