/**
 * The background workers' own thread (on PostgreSQL): the job scheduler, the outbox worker and the audit sealer
 * run here, on connections of their own, so their work (a sealer batch hashed, a figures fold, a sweep) never
 * holds up a request on the server's event loop. To the rest of the system the thread is one more instance
 * without HTTP: what it changes reaches the server's caches as any instance's changes do (the change feed).
 * Started and stopped by src/background.ts; told `stop`, it answers `stopped` once every loop has finished.
 */
import { parentPort } from 'node:worker_threads';
import { pino } from 'pino';
import { buildDeps } from './app.js';
import { loadConfig } from './platform/config/config.js';
import { loggerOptions } from './platform/config/logger-options.js';
import { openDatabase } from './platform/db/client.js';
import { startWorkers } from './workers.js';

/** Connections the thread's loops use (the server keeps its own pool for requests). */
const THREAD_POOL_SIZE = 4;

async function run() {
  const port = parentPort;
  if (!port) throw new Error('src/background-thread.ts runs as a worker thread (src/background.ts starts it)');
  const config = loadConfig();
  const log = pino(loggerOptions(config)).child({ thread: 'background' });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: THREAD_POOL_SIZE });
  const deps = await buildDeps({ database, config });
  await deps.changes.start(database);
  const workers = startWorkers(deps, log);
  port.on('message', (message: unknown) => {
    if (message !== 'stop') return;
    void workers
      .stop()
      .then(() => deps.changes.stop())
      .then(() => database.close())
      .finally(() => port.postMessage('stopped'));
  });
}

// A failure to start reaches the server as the thread's `error` event: it logs it and starts the thread again.
await run();
