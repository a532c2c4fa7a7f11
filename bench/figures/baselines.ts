import path from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { findPgBin } from '../../scripts/lib/postgres-cluster.js';
import { Pool } from 'undici';
import { runLoad } from '../lib/stats.js';

/** A bare Fastify route, through the same HTTP client as the figures. */
export async function benchBareRoute(url: string, opts: { clients: number; seconds: number }) {
  const pool = new Pool(url, { connections: opts.clients, pipelining: 1 });
  const m = await runLoad({
    ...opts,
    task: async () => {
      const res = await pool.request({ method: 'GET', path: '/bare' });
      await res.body.json();
      return res.statusCode === 200;
    },
  });
  await pool.close();
  return m;
}

/** A bare single-row PostgreSQL commit, and a primary-key select, from `clients` connections. */
export async function benchPostgres(databaseUrl: string, opts: { clients: number; seconds: number }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: opts.clients });
  await pool.query('CREATE TABLE IF NOT EXISTS bench_commit (id bigserial PRIMARY KEY, at timestamptz NOT NULL, payload text NOT NULL)');
  const commit = await runLoad({
    ...opts,
    task: async () => {
      await pool.query('INSERT INTO bench_commit (at, payload) VALUES (now(), $1)', ['x'.repeat(100)]);
      return true;
    },
  });
  const [{ max }] = (await pool.query('SELECT max(id)::int AS max FROM bench_commit')).rows as [{ max: number }];
  const select = await runLoad({
    ...opts,
    task: async (_c, i) => {
      const r = await pool.query('SELECT id, at, payload FROM bench_commit WHERE id = $1', [1 + (i % max)]);
      return r.rowCount === 1;
    },
  });
  await pool.query('DROP TABLE bench_commit');
  await pool.end();
  return { commit, select };
}

/**
 * PostgreSQL's own `pgbench` TPC-B-like transaction (three updates, a select and an insert per transaction) from
 * `clients` connections with prepared statements, on scale 10, in the same database: what a multi-statement write
 * transaction costs on this machine, the baseline of code issuance. The tables are dropped afterwards.
 */
export function benchPgbench(databaseUrl: string, opts: { clients: number; seconds: number }): { throughput: number; p50?: number } {
  const pgBin = findPgBin();
  if (!pgBin) throw new Error('pgbench not found (install PostgreSQL\'s server programs)');
  const pgbench = path.join(pgBin, 'pgbench');
  execFileSync(pgbench, ['-i', '-s', '10', '-q', '-n', databaseUrl], { stdio: 'ignore' });
  try {
    const out = execFileSync(pgbench, ['-n', '-M', 'prepared', '-c', String(opts.clients), '-j', '2', '-T', String(opts.seconds), databaseUrl], { encoding: 'utf8' });
    const tps = /tps = ([\d.]+)/.exec(out);
    const latency = /latency average = ([\d.]+) ms/.exec(out);
    if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
    return { throughput: Number(tps[1]), ...(latency ? { p50: Number(latency[1]) } : {}) };
  } finally {
    execFileSync(pgbench, ['-i', '-I', 'd', '-q', databaseUrl], { stdio: 'ignore' });
  }
}
