import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Front-end unit tests (`npm run test:web`): components and hooks of web/src rendered with Testing Library in
// a simulated browser (happy-dom); the API is a stubbed `fetch`, so nothing here re-implements a server rule.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-web-test', import.meta.url)),
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    maxWorkers: 2,
    // A random order of files and tests (the seed is printed; `--sequence.seed=N` replays it), as the server's.
    sequence: { shuffle: true },
  },
});
