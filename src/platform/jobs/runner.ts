import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../http/types.js';
import { runDueJobs } from './claim-and-run.js';
import { registryVersion } from './define-job.js';
import { ensureJobs } from './ensure-jobs.js';
import { startLoop, type Loop } from './loop.js';
import { newRunnerId } from './runner-id.js';

/**
 * Polls for due jobs every `intervalMs` and runs them in this process. Any number of instances may run one;
 * each slot still runs once. `stop()` waits for a job in progress to finish.
 */
export function startJobRunner(
  deps: AppDeps,
  log: FastifyBaseLogger,
  opts: { intervalMs?: number; runnerId?: string } = {},
): Loop {
  const runnerId = opts.runnerId ?? newRunnerId('jobs');
  const runnerLog = log.child({ runner: runnerId });
  let ensured = -1;
  return startLoop(
    'job runner',
    opts.intervalMs ?? 5_000,
    async () => {
      const version = registryVersion();
      if (version !== ensured) {
        await ensureJobs(deps.database.db, deps.clock());
        ensured = version;
      }
      await runDueJobs(deps, runnerId, deps.clock(), { log: runnerLog });
    },
    runnerLog,
  );
}
