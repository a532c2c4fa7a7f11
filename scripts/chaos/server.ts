/** The server under test: the built `dist/server/main.js` (or the sources through tsx) on a PostgreSQL database. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, startNode, type NodeChild } from '../lib/processes.js';

export { freePort, ROOT } from '../lib/processes.js';

export interface ServerOptions {
  databaseUrl: string;
  /** Run src/main.ts through tsx instead of the build (tests that run before `npm run build`). */
  fromSource?: boolean;
  /** A deliberately broken build: QINQING_CHAOS_FAULT, honoured only by the harness's module hooks. */
  fault?: string;
  env?: Record<string, string>;
  port?: number;
}

export interface Server extends Omit<NodeChild, 'stop'> {
  /** Sends the signal and waits until the process is gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export async function startServer(o: ServerOptions, timeoutMs = 120_000): Promise<Server> {
  const main = process.env.CHAOS_SERVER_MAIN || path.join(ROOT, 'dist/server/main.js');
  if (!o.fromSource && !fs.existsSync(main))
    throw new Error('dist/server/main.js is missing: run `npm run build:server` first');
  const args = [
    ...(o.fromSource ? ['--import', 'tsx'] : []),
    ...(o.fault ? ['--import', path.join(ROOT, 'scripts/chaos/fault-register.mjs')] : []),
    o.fromSource ? path.join(ROOT, 'src/main.ts') : main,
  ];
  const child = await startNode({
    args,
    env: {
      DATABASE_URL: o.databaseUrl,
      DATABASE_POOL_SIZE: '20',
      // Bursts of sign-ins, scans and hostile requests far past a person's rate: the limits would only answer 429.
      RATE_LIMIT: '0',
      ...(o.fault ? { QINQING_CHAOS_FAULT: o.fault } : {}),
      ...o.env,
    },
    port: o.port,
    timeoutMs,
  });
  return { ...child, kill: async (signal) => void (await child.stop(signal)) };
}
