import { defineConfig } from 'vitest/config';

/** Browser journeys: the built server on a fresh embedded database, driven through Debian's chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    // The every-page audit (every menu page of every role in both languages) is run on its own with
    // `npm run test:pages`; it still finds developer words in the enterprise file's credit and check-up sections
    // (issue "The product as its users meet it", item 1), so it is not yet part of the CI gate.
    exclude: process.env.E2E_PAGES === '1' ? [] : ['e2e/every-page.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
