import pg from 'pg';
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
