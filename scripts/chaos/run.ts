/**
 * `npm run chaos [-- --short] [--only kill,pg,hostile] [--seed N] [--fault skip-frequency-check] [--from-source]`
 *
 * Chaos on loopback against the built server (dist/server/main.js) on PostgreSQL: a SIGKILL during an issuance
 * burst, PostgreSQL restarted under load, hostile input on every write endpoint. Bounded (a watchdog ends it),
 * prints a summary with counts, exits 1 on any violation.
 *
 * CHAOS_DATABASE_URL: a server whose database may be created and dropped (the run uses a fresh one).
 * CHAOS_PG_BIN, CHAOS_PG_DIR: pg_ctl's folder and the cluster folder (data in $CHAOS_PG_DIR/data), for the
 * restart scenario (run as the `postgres` user via su); without them that scenario is skipped.
 * --fault: start the server with a deliberately broken module (harness-only hooks) — the run must then fail.
 * CHAOS_SERVER_MAIN: another build of the server to put under test (e.g. a patched copy of dist/server/main.js).
 * --keep: leave the database in place for inspection.
 */
import pg from 'pg';
import { killDuringIssuance } from './kill.js';
import { restartPostgres } from './pg-restart.js';
import { hostileInput } from './hostile.js';
import { random, type ScenarioResult } from './lib.js';
import { startServer } from './server.js';
import { startLocalCluster } from '../lib/postgres-cluster.js';
import { buildStale } from '../lib/stale.mjs';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const value = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const short = flag('short');
const only = new Set((value('only') ?? 'kill,pg,hostile').split(','));
const seed = Number(value('seed') ?? Date.now() % 1_000_000);
const fault = value('fault');
const fromSource = flag('from-source');
let adminUrl = process.env.CHAOS_DATABASE_URL;
const log = (s: string) => console.log(s);

async function main(): Promise<number> {
  // From a fresh clone: build what is stale, and without a server named, run on a throwaway cluster of our own
  // (which the PostgreSQL-restart scenario may then restart).
  if (!fromSource) buildStale({ web: false });
  if (!adminUrl) {
    const cluster = await startLocalCluster('CHAOS_DATABASE_URL');
    adminUrl = cluster.url;
    process.env.CHAOS_PG_BIN ??= cluster.pgBin;
    process.env.CHAOS_PG_DIR ??= cluster.pgDir;
  }
  const limitMs = (short ? 8 : 30) * 60_000;
  const watchdog = setTimeout(() => {
    console.error(`chaos: still running after ${limitMs / 60_000} min — stopping (counts as a failure)`);
    process.exit(1);
  }, limitMs);
  watchdog.unref();

  const dbName = `qq_chaos_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const databaseUrl = u.toString();
  const rng = random(seed);
  const base = { databaseUrl, fromSource, fault, env: { QINQING_DEMO: '1' } };
  log(`chaos ${short ? '(short) ' : ''}seed ${seed}${fault ? `, fault ${fault}` : ''}, database ${dbName}`);
  const results: ScenarioResult[] = [];
  const started = Date.now();
  try {
    // First start seeds the demo city; later starts find it.
    const first = await startServer(base, 180_000);
    await first.kill('SIGTERM');

    if (only.has('kill')) {
      log('— SIGKILL during an issuance burst');
      results.push(await killDuringIssuance({ ...base, rounds: short ? 2 : 6, clients: short ? 12 : 24, rng, log }));
    }
    if (only.has('pg')) {
      const pgBin = process.env.CHAOS_PG_BIN;
      const pgDir = process.env.CHAOS_PG_DIR;
      if (!pgBin || !pgDir) {
        results.push({ name: 'PostgreSQL restart under load', counts: {}, violations: [], notes: ['skipped: CHAOS_PG_BIN and CHAOS_PG_DIR not set'] });
      } else {
        log('— PostgreSQL restart under load');
        results.push(await restartPostgres({ ...base, pgBin, pgDir, seconds: short ? 12 : 60, restarts: short ? 1 : 3, clients: short ? 8 : 16, rng, log }));
      }
    }
    if (only.has('hostile')) {
      log('— hostile input');
      results.push(await hostileInput({ ...base, perEndpoint: short ? 60 : 1000, clients: 8, rng, log }));
    }
  } finally {
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    if (!flag('keep')) await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await a.end();
  }

  const violations = results.flatMap((r) => r.violations);
  log('');
  log(`chaos summary (${((Date.now() - started) / 1000).toFixed(0)} s, seed ${seed})`);
  for (const r of results) {
    log(`  ${r.violations.length ? '✗' : '✓'} ${r.name}: ${Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', ')}${r.violations.length ? ` — ${r.violations.length} violation(s)` : ''}`);
    for (const n of r.notes) log(`      ${n}`);
  }
  for (const v of violations.slice(0, 40)) log(`  VIOLATION [${v.scenario}] ${v.what}${v.detail === undefined ? '' : ` ${JSON.stringify(v.detail).slice(0, 400)}`}`);
  if (violations.length > 40) log(`  … ${violations.length - 40} more`);
  log(violations.length ? `chaos: ${violations.length} violation(s)` : 'chaos: no violation');
  return violations.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
