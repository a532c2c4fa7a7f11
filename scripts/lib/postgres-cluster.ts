/**
 * A throwaway PostgreSQL cluster on loopback for the harnesses that need a server of their own (the benchmark and
 * chaos when no URL is given): initdb into a temporary folder, start on a free port, stop and remove afterwards.
 * Needs PostgreSQL's server programs (Debian: `apt-get install postgresql`); without them it says what to set.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './processes.js';

export interface LocalCluster {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` — a server on which databases may be created. */
  url: string;
  /** Its programs (pg_ctl …) and data folder, for harnesses that restart it. */
  pgBin: string;
  pgDir: string;
  stop(): void;
}

/** The folder of PostgreSQL's server programs (the newest installed), or undefined. */
export function findPgBin(): string | undefined {
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    const versions = fs.readdirSync(debian).filter((v) => fs.existsSync(path.join(debian, v, 'bin/initdb')));
    versions.sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && fs.existsSync(path.join(dir, 'initdb'))) return dir;
  return undefined;
}

/** Runs a PostgreSQL program, as the `postgres` user when this process is root (initdb refuses root). */
function pgRun(pgBin: string, program: string, args: string[]): void {
  const cmd = path.join(pgBin, program);
  if (process.getuid?.() === 0) {
    const quoted = [cmd, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    execFileSync('su', ['postgres', '-c', quoted], { stdio: 'ignore' });
  } else {
    execFileSync(cmd, args, { stdio: 'ignore' });
  }
}

export async function startLocalCluster(whatToSet: string): Promise<LocalCluster> {
  const pgBin = findPgBin();
  if (!pgBin) {
    throw new Error(`No PostgreSQL server programs found (initdb): install postgresql, or set ${whatToSet}=postgres://user@host:port/postgres`);
  }
  const port = await freePort();
  const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qinqing-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', pgDir]);
  const data = path.join(pgDir, 'data');
  pgRun(pgBin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const opts = `-p ${port} -k ${pgDir} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  pgRun(pgBin, 'pg_ctl', ['-D', data, '-w', '-l', path.join(pgDir, 'log'), '-o', opts, 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      pgRun(pgBin, 'pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } catch {
      /* already down */
    }
    fs.rmSync(pgDir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  console.log(`started a throwaway PostgreSQL on port ${port} (${pgDir})`);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, pgBin, pgDir, stop };
}
