import { defineConfig } from 'vitest/config';

/** Browser journeys: the built server on a fresh embedded database, driven through Debian's chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    // The every-page audit (every menu page of every role in both languages) is run on its own with
    // `npm run test:pages` (about 10 minutes on a shared two-core machine, three accounts at a time). The enterprise
    // file passes for every account; it is not in the CI gate yet because the administration screens
    // (/admin/audit, /admin/users) show usernames, target types and actor names as raw identifiers.
    exclude: process.env.E2E_PAGES === '1' ? [] : ['e2e/every-page.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
