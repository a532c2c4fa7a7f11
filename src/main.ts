/**
 * Process entry: open the database (embedded PGlite or PostgreSQL), migrate, seed the demo city when asked,
 * serve HTTP and the web bundle, run the background workers, and shut down cleanly on SIGINT/SIGTERM.
 */
import { loadConfig } from './platform/config/config.js';
import { openDatabase } from './platform/db/client.js';
import { buildApp } from './app.js';
import { seedDemoIfEmpty } from './demo/seed.js';
import { startWorkers } from './workers.js';
import { startDemoSandbox } from './sandbox/demo-sandbox.js';

async function main() {
  const config = loadConfig();
  const startedAt = Date.now();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
  await database.migrate();
  const seeded = config.demo ? await seedDemoIfEmpty(database, new Date()) : false;
  // With the demo, the platforms credit repair talks to (fiscal e-receipts, 信用中国, 公示系统, an industry
  // system) are played by the sandbox on loopback, unless real ones are configured.
  const sandbox =
    config.demo && !process.env.CREDIT_PLATFORMS_URL && process.env.QINQING_SANDBOX !== '0' ? await startDemoSandbox(database) : undefined;
  const { app, deps } = await buildApp({ database, config });
  const workers = config.workers ? startWorkers(deps, app.log) : undefined;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close(); // stops accepting, waits for in-flight requests
      await workers?.stop();
      await sandbox?.sandbox.close();
      await database.close(); // flushes the embedded database to disk
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
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
      '  Demo accounts (password Qinqing#2026): admin, supervisor, officer1–officer4, credit, enterprise1, enterprise2',
      '  Demo integration API key (X-Api-Key): qinqing-demo-key',
    );
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
