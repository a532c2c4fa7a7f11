import { defineConfig } from 'vitest/config';

/** Browser journeys: the built server on a fresh embedded database, driven through Debian's chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    // The every-page audit (every menu page of every role in both languages) runs as a step of its own in CI,
    // `npm run test:pages` (about 10 minutes on a shared two-core machine, three accounts at a time).
    exclude: process.env.E2E_PAGES === '1' ? [] : ['e2e/every-page.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
