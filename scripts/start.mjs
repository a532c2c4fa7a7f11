#!/usr/bin/env node
// `npm start`: build the web bundle if it is missing or stale, then run the server — the compiled one
// (dist/server, from `npm run build`) when it is up to date, otherwise straight from the TypeScript sources
// through tsx, so a fresh clone serves its first page without waiting for a full compile.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const newest = (dir) => {
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
};
const mtime = (f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
const run = (script) => {
  console.log(`> npm run ${script}`);
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const webOut = path.join(root, 'web/dist/index.html');
if (mtime(webOut) < newest(path.join(root, 'web/src'))) run('build:web');
const serverOut = path.join(root, 'dist/server/main.js');
const compiledIsFresh = mtime(serverOut) >= newest(path.join(root, 'src'));
const args = compiledIsFresh ? [serverOut] : ['--import', 'tsx', path.join(root, 'src/main.ts')];

const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
