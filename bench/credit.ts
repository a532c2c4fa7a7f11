/**
 * C — credit-repair benchmarks on PostgreSQL, each beside a baseline measured in the same run.
 *
 * benchAutoRepair: fills `records` penalty records (default 1,000,000; 10 % due: 5 % minor records due for
 *   免申即享, 5 % past their maximum; the rest published within their period or already closed) with
 *   generate_series, then times
 *     bare   two bare UPDATEs setting the same rows' status (rolled back), the floor of any sweep;
 *     sweep  the job's sweep (`sweepPenalties`): the same UPDATEs plus the audit (a row per thousand records,
 *            listing them) and a delivery per record and platform (3) through INSERT … SELECT, committed;
 *     again  the sweep a second time (nothing to do).
 *   Target: sweep ≤ 10 s for 1,000,000 records.
 * benchCreditStatus: `records` (default 2,000,000) over `enterprises` (200,000) subjects, then
 *   GET /api/credit/{uscc}/status (integration key; audited read) through the whole application in-process
 *   (fastify.inject): one caller, then `clients` concurrent callers, p50/p99 — beside a select of an enterprise by
 *   USCC and a single-row committed INSERT (the audit row each read writes).
 *
 * Alone: `npx tsx bench/credit.ts [--records N] [--status-records N]` with BENCH_DATABASE_URL (or DATABASE_URL)
 * naming a server on which throwaway databases may be created.
 */
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import { systemCtx } from '../src/platform/policy/actor.js';
import { loadConfig } from '../src/platform/config/config.js';
import { sha256 } from '../src/platform/auth/tokens.js';
import { buildApp } from '../src/app.js';
import { sweepPenalties } from '../src/credit/auto-repair.js';
import { currentRuleSets } from '../src/credit/rule-sets.js';
import { runLoad, type Measured } from './lib/stats.js';
import { createThrowawayPostgres } from '../scripts/lib/databases.js';
import { median } from './lib/rounds.js';

const TODAY = '2027-06-15';
const NOW = new Date('2027-06-15T02:00:00Z');
const PLATFORMS = ['credit-china', 'gsxt', 'industry'] as const;
const API_KEY = 'bench-credit-key';

async function withDatabase<T>(serverUrl: string, fn: (db: Database, url: string) => Promise<T>): Promise<T> {
  const throwaway = await createThrowawayPostgres(serverUrl, 'qq_bench_credit');
  const database = await openDatabase({ databaseUrl: throwaway.url, poolSize: 20 });
  try {
    await database.migrate();
    return await fn(database, throwaway.url);
  } finally {
    await database.close();
    await throwaway.drop();
  }
}

/** Eight departments and the rule-set rows the records point at. */
async function departments(database: Database): Promise<void> {
  await database.query(
    `INSERT INTO department (id, code, name, short_name, field, kind, division_code)
     SELECT md5('dept' || k)::uuid, 'B-' || k, '部门' || k, '部门' || k, 'field' || k, 'enforcement', '340200' FROM generate_series(1, 8) k`,
  );
  await currentRuleSets(database.db, NOW);
}

/**
 * `records` penalty records over `subjects` enterprises (ids md5('e'||k)), in one INSERT … SELECT. By i mod 20:
 * 0 → minor, due for automatic repair; 1 → past its maximum; 2–7 → already repaired or expired; 8 → minor, not
 * yet paid, within its 3 months; the rest → ordinary, published within its year. Rows are written in decision
 * order, as records are recorded when decided, so the records due on one day share pages (as in production);
 * `scattered` spreads them over every page instead — the worst case.
 */
async function fill(database: Database, records: number, subjects: number, opts: { scattered?: boolean } = {}): Promise<void> {
  const [rs] = await database.query<{ id: string }>(`SELECT id FROM credit_rule_set WHERE code = 'national' ORDER BY version DESC LIMIT 1`);
  const chunk = 250_000;
  for (let from = 1; from <= records; from += chunk) {
    const to = Math.min(records, from + chunk - 1);
    await database.query(
      `INSERT INTO credit_penalty (id, enterprise_id, uscc, department_id, decision_no, decision_date, kinds, fine_amount, severity,
         severity_given, rule_set_id, publicity_class, publicity_start, min_end, max_end, auto_repair, duties_fulfilled_on, status,
         source, repaired_at, repaired_how, expired_at, created_at)
       SELECT md5('p' || i)::uuid, md5('e' || (i % $2 + 1))::uuid, '9134' || lpad((i % $2 + 1)::text, 14, '0'),
              md5('dept' || (i % 8 + 1))::uuid, 'B罚〔' || i || '〕号', d.day, k.kinds, k.fine, k.severity, false, $3::uuid, k.severity,
              d.day, d.min_end, d.max_end, k.severity = 'minor', CASE WHEN m = 8 THEN NULL ELSE d.day END, s.status, 'import',
              CASE WHEN s.status = 'repaired' THEN $4::timestamptz - interval '30 days' END,
              CASE WHEN s.status = 'repaired' THEN 'application' END,
              CASE WHEN s.status = 'expired' THEN $4::timestamptz - interval '30 days' END, $4::timestamptz
       FROM generate_series($5::int, $6::int) i
       CROSS JOIN LATERAL (SELECT i % 20 AS m) mm
       CROSS JOIN LATERAL (SELECT CASE WHEN m IN (0, 8) THEN 'minor' ELSE 'ordinary' END AS severity,
                                  CASE WHEN m IN (0, 8) THEN ARRAY['warning'] ELSE ARRAY['fine'] END AS kinds,
                                  CASE WHEN m IN (0, 8) THEN NULL ELSE 5000 END::numeric AS fine) k
       CROSS JOIN LATERAL (SELECT CASE WHEN m = 0 THEN $1::date - 10
                                       WHEN m = 1 THEN $1::date - 400
                                       WHEN m BETWEEN 2 AND 7 THEN $1::date - 500
                                       WHEN m = 8 THEN $1::date - (i % 60)
                                       ELSE $1::date - (i % 300) END AS day) dd
       CROSS JOIN LATERAL (SELECT dd.day, CASE WHEN k.severity = 'minor' THEN dd.day ELSE (dd.day + interval '3 months')::date END AS min_end,
                                  CASE WHEN k.severity = 'minor' THEN (dd.day + interval '3 months')::date ELSE (dd.day + interval '12 months')::date END AS max_end) d
       CROSS JOIN LATERAL (SELECT CASE WHEN m BETWEEN 2 AND 4 THEN 'repaired' WHEN m BETWEEN 5 AND 7 THEN 'expired' ELSE 'published' END AS status) s
       ${opts.scattered ? '' : 'ORDER BY d.day, i'}`,
      [TODAY, subjects, rs!.id, NOW.toISOString(), from, to],
    );
  }
  await database.query('VACUUM ANALYZE credit_penalty');
}

const DUE_REPAIR = `status = 'published' AND auto_repair AND min_end < '${TODAY}'::date AND duties_fulfilled_on IS NOT NULL`;
const DUE_EXPIRY = `status = 'published' AND max_end < '${TODAY}'::date`;

export interface AutoRepairBench {
  records: number;
  due: { repair: number; expiry: number };
  /** Per round: the two bare UPDATEs of the same rows (rolled back), the floor of any sweep. */
  bareMs: number[];
  /** Per round: the job's sweep — the updates, the audit, a delivery per record and platform; committed. */
  sweepMs: number[];
  /** median sweep / median bare. */
  ratio: number;
  /** The sweep run again right after (nothing to do). */
  againMs: number[];
  outboxRows: number;
  auditRows: number;
  plans: { repair: string; expiry: string };
}

/**
 * Each round starts from the same state after VACUUM and CHECKPOINT (so both timings pay the same full-page
 * writes): bare updates rolled back; the sweep; the sweep again; then the closed records are put back.
 */
export async function benchAutoRepair(
  databaseUrl: string,
  opts: { records?: number; scattered?: boolean; rounds?: number } = {},
): Promise<AutoRepairBench> {
  const records = opts.records ?? 1_000_000;
  const rounds = opts.rounds ?? 3;
  return withDatabase(databaseUrl, async (database, url) => {
    await departments(database);
    await fill(database, records, Math.max(1, Math.floor(records / 10)), { scattered: opts.scattered });
    const [due] = await database.query<{ repair: number; expiry: number }>(
      `SELECT count(*) FILTER (WHERE ${DUE_REPAIR})::int AS repair,
              count(*) FILTER (WHERE ${DUE_EXPIRY} AND NOT (auto_repair AND min_end < '${TODAY}'::date AND duties_fulfilled_on IS NOT NULL))::int AS expiry
       FROM credit_penalty`,
    );
    const plan = async (where: string) =>
      (await database.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT id FROM credit_penalty WHERE ${where}`)).map((r) => r['QUERY PLAN']).join(' / ');
    const plans = { repair: await plan(DUE_REPAIR), expiry: await plan(DUE_EXPIRY) };
    const settle = async () => {
      await database.query('VACUUM ANALYZE credit_penalty');
      await database.query('VACUUM ANALYZE outbox');
      await database.query('VACUUM ANALYZE audit_log');
      await database.query('CHECKPOINT');
    };
    const ctx = systemCtx('credit-auto-repair', NOW);
    const out = { bareMs: [] as number[], sweepMs: [] as number[], againMs: [] as number[], outboxRows: 0, auditRows: 0 };

    for (let round = 0; round < rounds; round++) {
      await settle();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('BEGIN');
        const t0 = performance.now();
        await client.query(`UPDATE credit_penalty SET status = 'repaired', repaired_at = now(), repaired_how = 'automatic' WHERE ${DUE_REPAIR}`);
        await client.query(`UPDATE credit_penalty SET status = 'expired', expired_at = now() WHERE ${DUE_EXPIRY}`);
        out.bareMs.push(Math.round(performance.now() - t0));
        await client.query('ROLLBACK');
      } finally {
        await client.end();
      }
      await settle();
      let t0 = performance.now();
      const swept = await sweepPenalties(database.db, ctx, PLATFORMS);
      out.sweepMs.push(Math.round(performance.now() - t0));
      t0 = performance.now();
      const again = await sweepPenalties(database.db, ctx, PLATFORMS);
      out.againMs.push(Math.round(performance.now() - t0));
      if (again.repaired + again.expired !== 0) throw new Error('second sweep changed records');
      if (swept.repaired !== due!.repair || swept.expired !== due!.expiry) throw new Error(`sweep closed ${JSON.stringify(swept)}, due ${JSON.stringify(due)}`);
      [{ n: out.outboxRows }] = (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'credit.repair'`)) as [{ n: number }];
      [{ n: out.auditRows }] = (await database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action IN ('credit.penalty.auto-repair', 'credit.penalty.expire')`,
      )) as [{ n: number }];
      // Back to the starting state for the next round.
      await database.query(
        `UPDATE credit_penalty SET status = 'published', repaired_at = NULL, repaired_how = NULL, expired_at = NULL
         WHERE repaired_at = $1::timestamptz OR expired_at = $1::timestamptz`,
        [NOW.toISOString()],
      );
      await database.query(`DELETE FROM outbox WHERE topic = 'credit.repair'`);
      await database.query(`DELETE FROM audit_log WHERE action IN ('credit.penalty.auto-repair', 'credit.penalty.expire')`);
    }
    return {
      records,
      due: due!,
      ...out,
      ratio: Math.round((median(out.sweepMs) / median(out.bareMs)) * 100) / 100,
      plans,
    };
  });
}

export interface StatusBench {
  records: number;
  enterprises: number;
  /** One caller at a time: the latency of a status read itself. */
  single: Measured;
  /** `clients` concurrent callers: throughput, and latency with queueing. */
  status: Measured;
  /** A primary-key-like select of the enterprise by USCC: the read alone. */
  baseline: Measured;
  /** A single-row INSERT committed: the audit row every status read writes. */
  commitBaseline: Measured;
  /** Active records per subject returned, on average. */
  averageRecords: number;
}

export async function benchCreditStatus(
  databaseUrl: string,
  opts: { records?: number; enterprises?: number; clients?: number; seconds?: number } = {},
): Promise<StatusBench> {
  const records = opts.records ?? 2_000_000;
  const enterprises = opts.enterprises ?? 200_000;
  const clients = opts.clients ?? 16;
  const seconds = opts.seconds ?? 10;
  return withDatabase(databaseUrl, async (database) => {
    await departments(database);
    await database.query(
      `INSERT INTO enterprise (id, uscc, name, legal_representative, address, division_code, industry, uscc_override, created_at, updated_at)
       SELECT md5('e' || k)::uuid, '9134' || lpad(k::text, 14, '0'), '企业' || k, '法人', '地址', '340202', 'factory', true, now(), now()
       FROM generate_series(1, $1::int) k`,
      [enterprises],
    );
    await database.query('INSERT INTO enterprise_uscc (uscc, enterprise_id) SELECT uscc, id FROM enterprise');
    await database.query('VACUUM ANALYZE enterprise');
    await fill(database, records, enterprises);
    await database.query(`INSERT INTO api_client (id, name, key_hash, key_prefix, scopes, created_at) VALUES (md5('bench')::uuid, 'bench', $1, 'bench-', ARRAY['*'], now())`, [sha256(API_KEY)]);

    const { app } = await buildApp({ database, config: { ...loadConfig({ RATE_LIMIT: '0' }), webDir: '/nonexistent', workers: false }, clock: () => NOW, logger: false });
    await app.ready();
    let returned = 0;
    let calls = 0;
    const usccOf = (i: number) => `9134${String(((i * 7919) % enterprises) + 1).padStart(14, '0')}`;
    try {
      // Warm up.
      for (let i = 0; i < 200; i++) await app.inject({ url: `/api/credit/${usccOf(i)}/status`, headers: { 'x-api-key': API_KEY } });
      const single = await runLoad({
        clients: 1,
        seconds: Math.min(seconds, 5),
        task: async (_c, i) => (await app.inject({ url: `/api/credit/${usccOf(i + 500_000)}/status`, headers: { 'x-api-key': API_KEY } })).statusCode === 200,
      });
      const status = await runLoad({
        clients,
        seconds,
        task: async (_c, i) => {
          const res = await app.inject({ url: `/api/credit/${usccOf(i + 1000)}/status`, headers: { 'x-api-key': API_KEY } });
          if (res.statusCode !== 200) return false;
          returned += (res.json() as { active: number }).active;
          calls++;
          return true;
        },
      });
      const baseline = await runLoad({
        clients,
        seconds: Math.min(seconds, 5),
        task: async (_c, i) => (await database.query('SELECT * FROM enterprise WHERE uscc = $1', [usccOf(i)])).length === 1,
      });
      await database.query('CREATE TABLE bench_commit (id bigserial PRIMARY KEY, at timestamptz NOT NULL, detail jsonb)');
      const commitBaseline = await runLoad({
        clients,
        seconds: Math.min(seconds, 5),
        task: async () => (await database.query(`INSERT INTO bench_commit (at, detail) VALUES (now(), '{"a":1}') RETURNING id`)).length === 1,
      });
      return { records, enterprises, single, status, baseline, commitBaseline, averageRecords: Math.round((returned / Math.max(1, calls)) * 10) / 10 };
    } finally {
      await app.close();
    }
  });
}

function arg(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) {
    console.error('Set BENCH_DATABASE_URL=postgres://user@host:port/postgres');
    process.exit(2);
  }
  const sweep = await benchAutoRepair(url, { records: arg('records') });
  console.log(JSON.stringify({ autoRepair: sweep }, null, 2));
  const status = await benchCreditStatus(url, { records: arg('status-records'), enterprises: arg('enterprises') });
  console.log(JSON.stringify({ status }, null, 2));
}
