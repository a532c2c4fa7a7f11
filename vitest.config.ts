import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Files and tests in random order, every run: no test may lean on another's leftovers. Vitest prints the
    // order's seed ("Running tests with seed …"); `--sequence.seed=N` replays a failing order. A genuine story
    // declares its order with `describe(name, { shuffle: false }, …)`.
    sequence: { shuffle: true },
  },
});
