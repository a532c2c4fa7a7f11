/**
 * Process entry: open the database (embedded PGlite or PostgreSQL), migrate, seed the demo city when asked,
 * serve HTTP and the web bundle, run the background workers (in a thread of their own on PostgreSQL: background.ts),
 * and shut down cleanly on SIGINT/SIGTERM.
 */
import { loadConfig } from './platform/config/config.js';
import { loggerOptions } from './platform/config/logger-options.js';
import { openDatabase } from './platform/db/client.js';
import { buildApp } from './app.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from './demo/seed.js';
import { createShutdown } from './platform/shutdown.js';
import { syncDivisions } from './organisation/sync-divisions.js';
import type { Database } from './platform/db/client.js';
import { startBackground } from './background.js';
import { startDemoSandbox } from './sandbox/demo-sandbox.js';

async function main() {
  const config = loadConfig();
  const startedAt = Date.now();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
  await database.migrate();
  await syncDivisions(database.db);
  const seeded = config.demo ? await seedDemoIfEmpty(database, new Date()) : false;
  // With the demo, the platforms credit repair talks to (fiscal e-receipts, 信用中国, 公示系统, an industry
  // system) are played by the sandbox on loopback, unless real ones are configured.
  const sandbox =
    config.demo && !process.env.CREDIT_PLATFORMS_URL && process.env.QINQING_SANDBOX !== '0' ? await startDemoSandbox(database) : undefined;
  const pretty = config.logFormat === 'pretty';
  const logger = loggerOptions(config);
  const { app, deps } = await buildApp({ database, config, logger, quietRequests: pretty });
  const workers = config.workers ? startBackground(deps, app.log) : undefined;

  // A reader that went away (`… | head`) must not keep the server from logging, serving or stopping.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  const shutdown = createShutdown({
    forceAfterMs: 15_000,
    log: (msg, extra) => app.log.info(extra ?? {}, msg),
    exit: (code) => process.exit(code),
    steps: [
      () => app.close(), // stops accepting, waits for in-flight requests
      async () => workers?.stop(),
      async () => sandbox?.sandbox.close(),
      () => database.close(), // flushes the embedded database to disk
    ],
  });
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host}:${config.port}`;
  const lines = [
    '',
    `  亲清 Qinqing is running at ${url}  (${database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}, ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    `  API docs: ${url}/api/docs`,
  ];
  if (sandbox) lines.push(`  Credit platforms sandbox (信用中国, 公示系统, 财政电子票据, industry): ${sandbox.url}`);
  if (config.demo) {
    lines.push(
      seeded ? '  Demo data created.' : '  Demo data present.',
      `  Demo accounts (password ${DEMO_PASSWORD}): ${(await demoAccounts(database)).join(', ')}`,
      '  Demo integration API key (X-Api-Key): qinqing-demo-key',
    );
  }
  console.log(lines.join('\n') + '\n');
}

/** Every account of the demo city, as the seed (and each part's seeder) made them. */
async function demoAccounts(database: Database): Promise<string[]> {
  const rows = await database.query<{ username: string }>('SELECT username FROM app_user ORDER BY created_at, username');
  return rows.map((r) => r.username);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
