import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, startNode, type NodeChild } from '../../scripts/lib/processes.js';

export { freePort } from '../../scripts/lib/processes.js';

export interface RunningServer extends Omit<NodeChild, 'stop' | 'port'> {
  dataDir: string;
  /** Sends the signal (SIGINT unless told) and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the built server (dist/server/main.js) on a fresh embedded database and waits for /api/health. */
export async function startServer(
  opts: { dataDir?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const main = path.join(ROOT, 'dist/server/main.js');
  if (!fs.existsSync(main)) throw new Error('dist/server/main.js is missing: run `npm run build` first');
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'qinqing-e2e-'));
  const child = await startNode({
    args: [main],
    // The journeys sign in and scan far more often than a person: no request limits unless a journey asks.
    env: { DATA_DIR: dataDir, DATABASE_URL: '', RATE_LIMIT: '0', ...opts.env },
    timeoutMs: opts.timeoutMs ?? 90_000,
  });
  return { ...child, dataDir, stop: (signal = 'SIGINT') => child.stop(signal) };
}
