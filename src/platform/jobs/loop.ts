import type { FastifyBaseLogger } from 'fastify';

export interface Loop {
  /** Stops polling and resolves once a pass in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Calls `pass` every `intervalMs` (±10 % jitter, so instances started together drift apart), never two at once.
 * A pass that returns true found more work than it took and is followed at once by another. A failing pass is
 * logged and retried at the next tick: a database outage must not end the loop.
 */
export function startLoop(
  name: string,
  intervalMs: number,
  pass: () => Promise<boolean | void>,
  log: FastifyBaseLogger,
): Loop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(tick, ms);
  };
  const tick = () => {
    timer = undefined;
    running = (async () => {
      let more = false;
      try {
        more = (await pass()) === true;
      } catch (err) {
        log.error({ err, loop: name }, `${name} pass failed`);
      }
      running = undefined;
      schedule(more ? 0 : Math.round(intervalMs * (0.9 + Math.random() * 0.2)));
    })();
  };
  schedule(0);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
