#!/usr/bin/env node
// `npm start`: build the web bundle if it is missing or stale, then run the server — the compiled one
// (dist/server, from `npm run build`) when it is up to date, otherwise straight from the TypeScript sources
// through tsx, so a fresh clone serves its first page without waiting for a full compile.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildStale, root, serverIsFresh } from './lib/stale.mjs';

buildStale({ server: false });
const serverOut = path.join(root, 'dist/server/main.js');
const args = serverIsFresh() ? [serverOut] : ['--import', 'tsx', path.join(root, 'src/main.ts')];

const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
