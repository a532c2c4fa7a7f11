/** The server under test: the built `dist/server/main.js` (or the sources through tsx) on a PostgreSQL database. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerOptions {
  databaseUrl: string;
  /** Run src/main.ts through tsx instead of the build (tests that run before `npm run build`). */
  fromSource?: boolean;
  /** A deliberately broken build: QINQING_CHAOS_FAULT, honoured only by the harness's module hooks. */
  fault?: string;
  env?: Record<string, string>;
  port?: number;
}

export interface Server {
  url: string;
  port: number;
  process: ChildProcess;
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export async function startServer(o: ServerOptions, timeoutMs = 120_000): Promise<Server> {
  const main = process.env.CHAOS_SERVER_MAIN || path.join(ROOT, 'dist/server/main.js');
  if (!o.fromSource && !fs.existsSync(main)) throw new Error('dist/server/main.js is missing: run `npm run build:server` first');
  const port = o.port ?? (await freePort());
  const args = [...(o.fromSource ? ['--import', 'tsx'] : []), ...(o.fault ? ['--import', path.join(ROOT, 'scripts/chaos/fault-register.mjs')] : []), o.fromSource ? path.join(ROOT, 'src/main.ts') : main];
  let out = '';
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: o.databaseUrl,
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: '20',
      ...(o.fault ? { QINQING_CHAOS_FAULT: o.fault } : {}),
      ...o.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out = (out + d).slice(-200_000)));
  child.stderr!.on('data', (d) => (out = (out + d).slice(-200_000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not healthy in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    port,
    process: child,
    output: () => out,
    kill: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
