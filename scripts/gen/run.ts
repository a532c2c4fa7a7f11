/**
 * `npm run gen -- --enterprises N --inspections M --penalties K [--licences L] [--seed S] [--database-url URL]`
 *
 * Writes a synthetic province straight into PostgreSQL with COPY: enterprises with valid, unique USCCs across
 * Anhui's divisions; the demo departments, officers with certificates and accounts; two years of inspections
 * with a Zipf-like skew (most enterprises rarely inspected, a few often), joint and triggered visits, results,
 * evaluations, the supervision signals the rules raise; penalty records when the credit part's tables exist;
 * licences of the drug register for pharmacies, medical-device and cosmetics firms when the drugs part's exist
 * (default: one for every five enterprises).
 * Deterministic: the same --seed and --now give the same rows. Secondary indexes are dropped for the load and
 * rebuilt after it; ANALYZE last. Other flags: --now YYYY-MM-DD (default today, China time), --workers W,
 * --reset (drop everything in the database first), --rebuild-indexes (repair an interrupted run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { openDatabase } from '../../src/platform/db/client.js';
import { verifyCode } from '../../src/codes/code-text.js';
import { contentDigest } from '../../src/codes/payload.js';
import { loadKey } from '../../src/codes/signers.js';
import { writeBase, tableExists, type Plan } from './base.js';
import { STREAM, industryAt, statusAt } from './enterprises.js';
import { LICENSED_INDUSTRIES } from './licences.js';
import { apportion, streamOf } from './lib.js';
import { dropIndexes, rebuildIndexes } from './indexes.js';
import { pauseFigureTriggers, resumeFigureTriggers } from './figures.js';
import { chinaDay } from '../../src/organisation/certificate.js';
import { COMPACT_AFTER_DAYS } from '../../src/inspections/figures-compact-job.js';
import type { WorkerInput } from './worker.js';

const BULK_TABLES = ['enterprise', 'inspection', 'inspection_evaluation', 'inspection_complaint', 'supervision_signal', 'credit_penalty', 'credit_decision_key', 'drug_licence', 'drug_licence_number'];
/** Most inspections one enterprise gets in the two years (a busy chemical plant: more than one a day). */
export const MAX_PER_ENTERPRISE = 1000;

export interface GenOptions {
  enterprises: number;
  inspections: number;
  penalties: number;
  /** Licences of the drug register (spread over the licensed industries' active enterprises); default enterprises ÷ 5. */
  licences?: number;
  seed: number;
  databaseUrl: string;
  now: Date;
  workers: number;
  reset: boolean;
  log?: (s: string) => void;
}

function parseArgs(argv: string[]): GenOptions & { rebuildOnly: boolean } {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number) => {
    const v = get(name);
    if (v === undefined) return fallback;
    const n = Number(v.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${v}`);
    return n;
  };
  const databaseUrl = get('database-url') ?? process.env.GEN_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('give --database-url postgres://… (or GEN_DATABASE_URL / DATABASE_URL)');
  const nowText = get('now');
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const now = new Date(`${nowText ?? today}T00:00:00+08:00`);
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be YYYY-MM-DD, got ${nowText}`);
  return {
    enterprises: num('enterprises', 10_000),
    inspections: num('inspections', 100_000),
    penalties: num('penalties', 20_000),
    licences: get('licences') === undefined ? undefined : num('licences', 0),
    seed: num('seed', 20261127),
    databaseUrl,
    now,
    workers: num('workers', Math.max(1, os.cpus().length)),
    reset: argv.includes('--reset'),
    rebuildOnly: argv.includes('--rebuild-indexes'),
  };
}

/** How many inspections and penalty records each enterprise gets: Pareto weights, capped, adding up exactly. */
export function allocate(o: Pick<GenOptions, 'enterprises' | 'inspections' | 'penalties' | 'licences' | 'seed'>) {
  const w = new Float64Array(o.enterprises);
  for (let i = 0; i < o.enterprises; i++) {
    if (statusAt(o.seed, i) !== 'active') continue;
    const rng = streamOf(o.seed, i, STREAM.activity + 10);
    // A third are not inspected at all in two years; the rest follow a Pareto tail (α = 0.85).
    if (rng.next() < 0.35) continue;
    w[i] = Math.min(5000, Math.pow(1 - rng.next(), -1 / 0.85));
  }
  const inspections = apportion(w, o.inspections, MAX_PER_ENTERPRISE);
  const pw = new Float64Array(o.enterprises);
  for (let i = 0; i < o.enterprises; i++) pw[i] = statusAt(o.seed, i) === 'active' ? 1 + inspections[i]! : 0.5;
  const penalties = apportion(pw, o.penalties, 200);
  // Licences go to the active enterprises of the licensed industries, evenly (a chain may hold up to 50).
  const lw = new Float64Array(o.enterprises);
  for (let i = 0; i < o.enterprises; i++) lw[i] = statusAt(o.seed, i) === 'active' && LICENSED_INDUSTRIES[industryAt(o.seed, i)] ? 1 : 0;
  const licences = apportion(lw, o.licences ?? Math.round(o.enterprises / 5), 50);
  return { inspections, penalties, licences };
}

/** The day before which the nightly compaction would have folded the aggregates (China date, two days back). */
const compactBefore = (now: Date) => chinaDay(new Date(now.getTime() - COMPACT_AFTER_DAYS * 86_400_000));

export async function generate(o: GenOptions) {
  const log = o.log ?? ((s: string) => console.log(s));
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = (now - t) / 1000;
    t = now;
    log(`${name}: ${timings[name]!.toFixed(1)} s`);
  };
  const started = performance.now();
  const connect = async () => {
    const c = new pg.Client({ connectionString: o.databaseUrl });
    await c.connect();
    return c;
  };

  const admin = await connect();
  if (o.reset) {
    await admin.query('DROP SCHEMA IF EXISTS drizzle CASCADE');
    await admin.query('DROP SCHEMA public CASCADE');
    await admin.query('CREATE SCHEMA public');
  }
  const database = await openDatabase({ databaseUrl: o.databaseUrl, poolSize: 1 });
  await database.migrate();
  await database.close();
  const [{ n } = { n: 0 }] = (await admin.query<{ n: number }>('SELECT (SELECT count(*) FROM app_user) + (SELECT count(*) FROM enterprise) AS n')).rows;
  if (Number(n) > 0) throw new Error('the database already holds users or enterprises: use an empty database, or --reset to drop everything in it first');
  lap('migrate');

  await admin.query('BEGIN');
  const plan: Plan = await writeBase(admin, { seed: o.seed, nowMs: o.now.getTime(), enterprises: o.enterprises });
  await admin.query('COMMIT');
  if (!plan.credit && o.penalties > 0) log('credit_penalty does not exist in this database (credit part not migrated yet): no penalty records written');
  lap('base (departments, officers, accounts, catalog, key)');

  const alloc = allocate(o);
  lap('allocation');

  const tables = [];
  for (const table of BULK_TABLES) if (await tableExists(admin, table)) tables.push(table);
  const dropped = await dropIndexes(admin, tables);
  await pauseFigureTriggers(admin, tables);
  lap(`drop ${dropped.length} indexes, pause figure triggers`);

  // Slices of equal work (inspections weigh most), one per worker.
  const workers = Math.max(1, Math.min(o.workers, o.enterprises || 1));
  const cost = (i: number) => 1 + alloc.inspections[i]! * 6 + alloc.penalties[i]! + alloc.licences[i]!;
  let total = 0;
  for (let i = 0; i < o.enterprises; i++) total += cost(i);
  const bounds = [0];
  let acc = 0;
  for (let i = 0; i < o.enterprises && bounds.length < workers; i++) {
    acc += cost(i);
    if (acc >= (total * bounds.length) / workers) bounds.push(i + 1);
  }
  bounds.push(o.enterprises);
  const progress = new Map<number, Record<string, number>>();
  let lastLog = 0;
  const sum = (key: string) => [...progress.values()].reduce((a, p) => a + (p[key] ?? 0), 0);
  await Promise.all(
    bounds.slice(0, -1).map(
      (from, w) =>
        new Promise<void>((resolve, reject) => {
          const to = bounds[w + 1]!;
          const input: WorkerInput = { plan, databaseUrl: o.databaseUrl, from, to, inspections: alloc.inspections.slice(from, to), penalties: alloc.penalties.slice(from, to), licences: alloc.licences.slice(from, to) };
          const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: input });
          worker.on('message', (m: { type: string; message?: string } & Record<string, number>) => {
            if (m.type === 'error') return reject(new Error(m.message));
            progress.set(w, m);
            if (m.type === 'done') resolve();
            if (Date.now() - lastLog > 10_000) {
              lastLog = Date.now();
              const secs = (performance.now() - t) / 1000;
              log(`  … ${sum('enterprises')} enterprises, ${sum('inspections')} inspections (${(sum('inspections') / secs).toFixed(0)}/s), ${sum('penalties')} penalties, ${sum('licences')} licences, ${sum('signals')} signals`);
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${w} exited ${code}`))));
        }),
    ),
  );
  lap('load (COPY)');

  await rebuildIndexes(connect, 2, log);
  lap('rebuild indexes');

  // The USCC registry (registrations and imports claim a USCC there) holds every loaded enterprise.
  if (await tableExists(admin, 'enterprise_uscc')) {
    await admin.query('INSERT INTO enterprise_uscc (uscc, enterprise_id) SELECT uscc, id FROM enterprise ON CONFLICT DO NOTHING');
    lap('USCC registry');
  }

  if (await resumeFigureTriggers(admin, tables, o.now, compactBefore(o.now))) lap('dashboard aggregates (rebuild, compact)');

  await Promise.all(
    tables.map(async (table) => {
      const c = await connect();
      // VACUUM too: the visibility map set as autovacuum would leave it (index-only scans, steady state).
      await c.query(`VACUUM (ANALYZE) "${table}"`);
      await c.end();
    }),
  );
  await admin.query('ANALYZE');
  lap('vacuum, analyze');

  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await admin.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
  const check = await selfCheck(admin, plan, alloc.inspections);
  lap('self-check');
  const seconds = (performance.now() - started) / 1000;
  const ks = [...alloc.inspections].sort((a, b) => a - b);
  const share = (p: (k: number) => boolean) => ks.filter(p).length / Math.max(1, ks.length);
  const summary = {
    seconds,
    timings,
    counts,
    distribution: {
      none: share((k) => k === 0),
      oneOrTwo: share((k) => k >= 1 && k <= 2),
      threeToNine: share((k) => k >= 3 && k <= 9),
      tenTo99: share((k) => k >= 10 && k <= 99),
      hundredPlus: share((k) => k >= 100),
      median: ks[Math.floor(ks.length / 2)] ?? 0,
      max: ks[ks.length - 1] ?? 0,
    },
    check,
    penaltiesWritten: Boolean(plan.credit),
    licencesWritten: Boolean(plan.drugs),
  };
  log(JSON.stringify(summary, null, 2));
  await admin.end();
  return summary;
}

/**
 * Codes of a sample verify against the stored visit (signature and bound content), and the A3 rule holds for the
 * busiest enterprises and a sample of the rest.
 */
async function selfCheck(c: pg.Client, plan: Plan, k: Int32Array) {
  const key = loadKey({ kid: plan.key.kid, algorithm: 'ed25519', publicKey: plan.key.publicKey });
  const sample = await c.query<{ id: string; code: string; uscc: string; department_ids: string[]; item_ids: string[]; officer_ids: string[]; approved_by: string; window_start: Date; window_end: Date; code_version: number }>(
    `SELECT i.id, i.code, e.uscc, i.department_ids, i.item_ids, i.officer_ids, i.approved_by, i.window_start, i.window_end, i.code_version
       FROM inspection i TABLESAMPLE SYSTEM (0.1) REPEATABLE (7) JOIN enterprise e ON e.id = i.enterprise_id LIMIT 300`,
  );
  let verified = 0;
  for (const r of sample.rows) {
    const p = verifyCode(r.code, (kid) => (kid === key.kid ? key : undefined));
    const ok =
      p !== null &&
      p.inspectionId === r.id &&
      p.uscc === r.uscc &&
      p.codeVersion === r.code_version &&
      Math.floor(p.windowStart.getTime() / 1000) === Math.floor(r.window_start.getTime() / 1000) &&
      p.digest === contentDigest({ departmentIds: r.department_ids, itemIds: r.item_ids, officerIds: r.officer_ids, approvedBy: r.approved_by });
    if (ok) verified++;
  }
  const order = [...k.keys()].sort((a, b) => k[b]! - k[a]!);
  const indices = [...order.slice(0, 200), ...order.filter((_, n) => n % Math.max(1, Math.floor(order.length / 2000)) === 0).slice(0, 2000)];
  const { enterpriseIdOf } = await import('./worker.js');
  const ids = indices.map((i) => enterpriseIdOf(plan, i));
  const a3 = await c.query<{ n: string }>(
    `SELECT count(*) AS n FROM (
       SELECT window_start - lag(window_start) OVER (PARTITION BY enterprise_id ORDER BY window_start) AS gap
         FROM inspection WHERE enterprise_id = ANY($1::uuid[]) AND kind = 'planned' AND status <> 'revoked') x
      WHERE gap < interval '7 days'`,
    [ids],
  );
  const busiest = await c.query<{ uscc: string; n: string }>(`SELECT e.uscc, count(*) AS n FROM inspection i JOIN enterprise e ON e.id = i.enterprise_id WHERE i.enterprise_id = $1 GROUP BY e.uscc`, [enterpriseIdOf(plan, order[0] ?? 0)]);
  return {
    codesSampled: sample.rowCount ?? 0,
    codesVerified: verified,
    a3EnterprisesChecked: ids.length,
    a3Violations: Number(a3.rows[0]?.n ?? 0),
    busiest: busiest.rows[0] ? { uscc: busiest.rows[0].uscc, inspections: Number(busiest.rows[0].n) } : null,
  };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.rebuildOnly) {
    const connect = async () => {
      const c = new pg.Client({ connectionString: o.databaseUrl });
      await c.connect();
      return c;
    };
    await rebuildIndexes(connect, 2, console.log);
    const c = await connect();
    const tables = [];
    for (const table of BULK_TABLES) if (await tableExists(c, table)) tables.push(table);
    await resumeFigureTriggers(c, tables, new Date(), compactBefore(new Date()));
    await c.end();
    return;
  }
  console.log(`generating ${o.enterprises} enterprises, ${o.inspections} inspections, ${o.penalties} penalties, ${o.licences ?? Math.round(o.enterprises / 5)} licences (seed ${o.seed}, now ${o.now.toISOString()}, ${o.workers} workers)`);
  const s = await generate(o);
  // Beside the benchmark results, which report it (bench/run.ts, province scale).
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results/gen-latest.json');
  fs.writeFileSync(out, JSON.stringify({ options: { enterprises: o.enterprises, inspections: o.inspections, penalties: o.penalties, licences: o.licences, seed: o.seed, workers: o.workers }, date: new Date().toISOString(), cpus: os.cpus().length, ...s }, null, 2));
  if (s.check.codesVerified !== s.check.codesSampled || s.check.a3Violations > 0) {
    console.error('self-check failed');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
