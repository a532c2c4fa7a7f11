/**
 * Graceful shutdown that always ends the process. The forced exit is armed before anything else runs (before
 * even the first log line: a closed log pipe makes writing throw), each step's failure is reported where it can
 * be and never stops the next step, and the process exits with 0 only when every step finished.
 */
export interface ShutdownOptions {
  /** Steps in order: stop accepting and finish requests, stop workers, close the database … */
  steps: (() => Promise<unknown>)[];
  /** Longest the steps may take before the process is ended anyway (ms). */
  forceAfterMs: number;
  log: (msg: string, extra?: Record<string, unknown>) => void;
  exit: (code: number) => void;
}

export function createShutdown(opts: ShutdownOptions): (signal: string) => Promise<void> {
  let closing = false;
  const say = (msg: string, extra?: Record<string, unknown>) => {
    try {
      opts.log(msg, extra);
    } catch {
      // the log's reader is gone (EPIPE): shut down silently
    }
  };
  return async (signal: string) => {
    if (closing) return;
    closing = true;
    const force = setTimeout(() => opts.exit(1), opts.forceAfterMs);
    force.unref();
    say('shutting down: finishing requests in flight', { signal });
    let code = 0;
    for (const step of opts.steps) {
      try {
        await step();
      } catch (err) {
        code = 1;
        say('shutdown step failed', { err });
      }
    }
    clearTimeout(force);
    opts.exit(code);
  };
}
