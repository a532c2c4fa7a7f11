/**
 * Child Node processes for the harnesses (bench, e2e journeys, chaos): a free port, a server started on it
 * and awaited until its health path answers, and a stop that waits for the exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** A TCP port free on 127.0.0.1 at the time of asking. */
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

export interface NodeOptions {
  /** node's arguments: flags, then the script. */
  args: string[];
  /** Added to this process's environment (after PORT, HOST=127.0.0.1, LOG_LEVEL=warn). */
  env?: Record<string, string>;
  /** The path that answers 2xx once the server is up. */
  healthPath?: string;
  /** The port to listen on (default: a free one). */
  port?: number;
  timeoutMs?: number;
}

export interface NodeChild {
  url: string;
  port: number;
  process: ChildProcess;
  /** What it wrote to stdout and stderr (the last 200,000 characters). */
  output(): string;
  /** Sends the signal and waits for the exit; the exit code (null when a signal ended it). */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

const KEEP_OUTPUT = 200_000;

/** Starts a Node process listening on a port and waits until `healthPath` answers (killed if it never does). */
export async function startNode(o: NodeOptions): Promise<NodeChild> {
  const port = o.port ?? (await freePort());
  let out = '';
  const child = spawn(process.execPath, o.args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d: Buffer) => (out = (out + d).slice(-KEEP_OUTPUT));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (o.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited (${child.exitCode}):\n${out}`);
    try {
      if ((await fetch(url + (o.healthPath ?? '/api/health'))).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`not healthy in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    port,
    process: child,
    output: () => out,
    stop: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}
