import { defineConfig } from 'vitest/config';

// Browser tests: the built client and the API on a free port, driven by Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/helpers/build-client.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: '.ci-results/e2e.json' }]] : ['default'],
  },
});
