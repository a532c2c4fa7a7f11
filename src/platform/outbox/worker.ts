import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../http/types.js';
import { startLoop, type Loop } from '../jobs/loop.js';
import { newRunnerId } from '../jobs/runner-id.js';
import { deliverDue } from './deliver-due.js';

/**
 * Delivers due outbox messages every `intervalMs`, at once again while full batches keep coming. Any number
 * of instances may run one. `stop()` waits for the batch in progress.
 */
export function startOutboxWorker(
  deps: AppDeps,
  log: FastifyBaseLogger,
  opts: { intervalMs?: number; batch?: number; workerId?: string } = {},
): Loop {
  const workerId = opts.workerId ?? newRunnerId('outbox');
  const workerLog = log.child({ worker: workerId });
  const batch = opts.batch ?? 20;
  return startLoop(
    'outbox worker',
    opts.intervalMs ?? 1_000,
    async () => {
      const summary = await deliverDue(deps, workerId, deps.clock(), { batch, log: workerLog });
      return summary.claimed >= batch;
    },
    workerLog,
  );
}
