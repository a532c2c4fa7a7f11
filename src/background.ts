/**
 * Where an instance's background workers run. On PostgreSQL, in a worker thread of their own
 * (src/background-thread.ts): the server's event loop is where every request waits, and the workers' bursts — a
 * sealer batch of a second's audit rows, a figures fold, a sweep — held requests up there (the code issuance tail
 * measured in `npm run bench`). A thread that fails is logged and started again after `RESTART_AFTER_MS`. With the
 * embedded database (one connection, in this process) they run on the server's event loop, as before.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from './platform/http/types.js';
import { startWorkers } from './workers.js';

export const RESTART_AFTER_MS = 5_000;
/** How long a stopping thread may take to finish its loops before it is terminated. */
const STOP_TIMEOUT_MS = 10_000;

export interface Background {
  stop(): Promise<void>;
}

export function startBackground(deps: AppDeps, log: FastifyBaseLogger): Background {
  if (deps.database.kind !== 'postgres') return startWorkers(deps, log);
  // The thread's module beside this one: background-thread.js in the build; .ts when run through tsx, whose
  // loader a worker thread does not inherit (Node 20): the thread registers it, then imports the module.
  const here = fileURLToPath(import.meta.url);
  const source = path.extname(here) === '.ts';
  const entryUrl = new URL(`./background-thread${source ? '.ts' : '.js'}`, import.meta.url);
  const entry = source
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entryUrl.href)}))`
    : entryUrl;
  let stopping = false;
  let current: Worker | undefined;
  let restart: NodeJS.Timeout | undefined;
  const start = () => {
    const thread = new Worker(entry, { eval: source });
    current = thread;
    thread.on('error', (err) => log.error({ err }, 'background thread failed'));
    thread.on('exit', (code) => {
      if (current === thread) current = undefined;
      if (stopping) return;
      log.error({ code }, `background thread ended; starting it again in ${RESTART_AFTER_MS / 1000} s`);
      restart = setTimeout(start, RESTART_AFTER_MS);
    });
  };
  start();
  return {
    async stop() {
      stopping = true;
      clearTimeout(restart);
      const thread = current;
      if (!thread) return;
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => void thread.terminate(), STOP_TIMEOUT_MS);
        thread.on('message', (m) => m === 'stopped' && void thread.terminate());
        thread.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        thread.postMessage('stop');
      });
    },
  };
}
