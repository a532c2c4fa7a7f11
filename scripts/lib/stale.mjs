// What `npm start`, the benchmark and chaos share: build the server and the web bundle when their sources are
// newer than the build, so each works from a fresh clone after `npm install` alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** The newest modification time of any file below `dir` (0 when it does not exist). */
export function newest(dir) {
  let t = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else t = Math.max(t, fs.statSync(p).mtimeMs);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return t;
}

const mtime = (f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);

export function runScript(script) {
  console.log(`> npm run ${script}`);
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

export const webIsFresh = () => mtime(path.join(root, 'web/dist/index.html')) >= newest(path.join(root, 'web/src'));
export const serverIsFresh = () => mtime(path.join(root, 'dist/server/main.js')) >= newest(path.join(root, 'src'));

/** Builds the web bundle and the compiled server where they are missing or older than their sources. */
export function buildStale({ server = true, web = true } = {}) {
  if (web && !webIsFresh()) runScript('build:web');
  if (server && !serverIsFresh()) runScript('build:server');
}
