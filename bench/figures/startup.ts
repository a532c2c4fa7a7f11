/**
 * `npm start` to a served login page on the embedded database: the time from spawning `node scripts/start.mjs`
 * with a fresh DATA_DIR until GET /login answers 200 with HTML (migrations, demo seed and the web bundle
 * included). Baseline: a bare Fastify process, spawned the same way, answering its first request.
 * The build must be current beforehand (start.mjs rebuilds what is stale; that is not what is measured): if
 * it rebuilt anyway, the run is reported as such.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, freePort } from '../lib/processes.js';
import { summarise, type Measured } from '../lib/stats.js';

const BARE = `
import Fastify from 'fastify';
const app = Fastify({ logger: false });
app.get('/login', async (_req, reply) => reply.type('text/html; charset=utf-8').send('<!doctype html><title>login</title>'));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
`;

async function timeToLogin(args: string[], env: Record<string, string>, timeoutMs: number): Promise<{ ms: number; rebuilt: boolean }> {
  const port = await freePort();
  const started = performance.now();
  let out = '';
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${out}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/login`);
        const body = await res.text();
        if (res.status === 200 && /text\/html/.test(res.headers.get('content-type') ?? '') && /<html|<!doctype/i.test(body)) break;
      } catch {
        /* not listening yet */
      }
      if (performance.now() - started > timeoutMs) throw new Error(`no login page in ${timeoutMs} ms: ${out}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return { ms: performance.now() - started, rebuilt: out.includes('> npm run build') };
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 15_000).unref();
    });
  }
}

export async function benchStartup(opts: { runs: number }): Promise<{ start: Measured; bare: Measured; note: string }> {
  const starts: number[] = [];
  const bares: number[] = [];
  let rebuilt = 0;
  // A run that had to rebuild first (sources newer than the build) is repeated: the build is then current.
  for (let attempt = 0; starts.length < opts.runs && attempt < opts.runs + 2; attempt++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qinqing-start-'));
    try {
      const r = await timeToLogin([path.join(ROOT, 'scripts/start.mjs')], { DATA_DIR: dataDir }, 300_000);
      if (r.rebuilt) rebuilt++;
      else starts.push(r.ms);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    bares.push((await timeToLogin(['--input-type=module', '-e', BARE], {}, 60_000)).ms);
  }
  const seconds = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / 1000;
  const asMeasured = (xs: number[]): Measured => ({ ...summarise(xs, 0, seconds(xs)), throughput: NaN });
  return { start: asMeasured(starts), bare: asMeasured(bares), note: rebuilt ? `${rebuilt} run(s) rebuilt stale sources first and are left out` : `${starts.length} runs, fresh DATA_DIR each` };
}
