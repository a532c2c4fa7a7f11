import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/platform/config/config.js';
import type { Database } from '../../src/platform/db/client.js';
import type { App, AppDeps } from '../../src/platform/http/types.js';
import { buildApp } from '../../src/app.js';
import { seedDemo } from '../../src/demo/seed.js';
import { imagedDatabase, onPostgres, testDatabase } from './database.js';
import { catchUpFigures } from './figures.js';

export const DEMO_PASSWORD = 'Qinqing#2026';
/** One audit anchor key for every test (outside the repository; seals of one test database never vouch for another's chain). */
export const TEST_ANCHOR_KEY = path.join(os.tmpdir(), 'qinqing-test-audit-anchor', 'ed25519.pem');

export interface TestApp {
  app: App;
  deps: AppDeps;
  database: Database;
  /** The test's clock; move it with `clock.set(…)`. */
  clock: { now: Date; set(d: Date | string): void; advance(ms: number): void };
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The whole application over a fresh database holding a small demo city, with a settable clock. */
export async function testApp(opts: { now?: string; seed?: boolean; enterpriseCount?: number; history?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const clock = {
    now: new Date(opts.now ?? '2026-11-27T02:00:00Z'),
    set(d: Date | string) {
      this.now = new Date(d);
    },
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const seed = { enterpriseCount: opts.enterpriseCount ?? 40, history: opts.history ?? false };
  const fill = async (database: Database) => {
    await seedDemo(database, clock.now, seed);
    // The seed's visits and signals in the figures, as the job `figures-rollup` would have them.
    await catchUpFigures({ database, clock });
  };
  let database: Database;
  if (opts.seed === false) database = await testDatabase();
  else if (onPostgres()) await fill((database = await testDatabase()));
  // The demo city seeded at this clock, from an image when this seed was made before (test/support/database.ts).
  else database = await imagedDatabase('seeded', [clock.now.toISOString(), seed], fill);
  // No request limits unless a test asks for them (test/security/rate-limits.test.ts); production has them on.
  const config: Config = { ...loadConfig({ RATE_LIMIT: '0' }), webDir: '/nonexistent', workers: false, auditAnchorKeyFile: TEST_ANCHOR_KEY, ...opts.config };
  const { app, deps } = await buildApp({ database, config, clock: () => clock.now, logger: process.env.TEST_LOG ? { level: 'error' } : false });
  await app.ready();
  return {
    app,
    deps,
    database,
    clock,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'qq_session');
      return `qq_session=${cookie!.value}`;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
