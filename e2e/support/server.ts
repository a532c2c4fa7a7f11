import { createHash } from 'node:crypto';
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

/**
 * Starts the built server (dist/server/main.js) on a fresh embedded database and waits for /api/health. Without a
 * `dataDir` or `env` of its own, the database is a copy of a demo city seeded by the same build less than half an
 * hour ago (seededTemplate below): a server starts on it in a few seconds instead of seeding for twenty.
 */
export async function startServer(
  opts: { dataDir?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const main = path.join(ROOT, 'dist/server/main.js');
  if (!fs.existsSync(main)) throw new Error('dist/server/main.js is missing: run `npm run build` first');
  let dataDir = opts.dataDir;
  if (!dataDir) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qinqing-e2e-'));
    if (!opts.env) fs.cpSync(await seededTemplate(main, opts.timeoutMs), dataDir, { recursive: true });
  }
  return launch(main, dataDir, opts.env, opts.timeoutMs);
}

async function launch(main: string, dataDir: string, env: Record<string, string> = {}, timeoutMs = 90_000): Promise<RunningServer> {
  const child = await startNode({
    args: [main],
    // The journeys sign in and scan far more often than a person: no request limits unless a journey asks.
    env: { DATA_DIR: dataDir, DATABASE_URL: '', RATE_LIMIT: '0', ...env },
    timeoutMs,
  });
  return { ...child, dataDir, stop: (signal = 'SIGINT') => child.stop(signal) };
}

const TEMPLATES = path.join(os.tmpdir(), 'qinqing-e2e-templates');
/** A template's demo city is dated when it was seeded: older ones are made again. */
const TEMPLATE_MAX_AGE_MS = 30 * 60_000;

/**
 * The data folder of a server that started once on an empty database (migrated, demo city seeded) and stopped
 * cleanly — named by the build (every file of dist/server and migrations/, by name, size and time), so a new build
 * seeds anew. Made aside and renamed into place: a journey starting beside one reads a whole template or makes its own.
 */
async function seededTemplate(main: string, timeoutMs?: number): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of ['dist/server', 'migrations']) {
    for (const name of fs.readdirSync(path.join(ROOT, folder), { recursive: true }).map(String).sort()) {
      const s = fs.statSync(path.join(ROOT, folder, name));
      if (s.isFile()) hash.update(`${folder}/${name} ${s.size} ${s.mtimeMs}\n`);
    }
  }
  const dir = path.join(TEMPLATES, hash.digest('hex').slice(0, 16));
  const made = fs.statSync(path.join(dir, '.made'), { throwIfNoEntry: false });
  if (made && Date.now() - made.mtimeMs < TEMPLATE_MAX_AGE_MS) return dir;
  fs.mkdirSync(TEMPLATES, { recursive: true });
  const aside = fs.mkdtempSync(path.join(TEMPLATES, 'making-'));
  const server = await launch(main, aside, {}, timeoutMs);
  const code = await server.stop('SIGINT');
  if (code !== 0) throw new Error(`the template server exited with ${code}`);
  fs.writeFileSync(path.join(aside, '.made'), new Date().toISOString());
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(aside, dir);
  return dir;
}
