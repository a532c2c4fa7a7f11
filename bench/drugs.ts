/**
 * D — the licence-expiry reminder sweep (job `licence-expiry-reminders`) on PostgreSQL, beside a bare SELECT of the
 * same rows measured in the same run.
 *
 * benchReminderSweep: fills `licences` licences (default 1,000,000) over `licences ÷ 4` holders with
 *   generate_series: six kinds with the default windows {180, 90, 30}, expiry days spread evenly over ten years
 *   from a year ago (so ~5 % — 181 of 3,650 days — expire within 180 days), 97 % valid, 2 % renewed, 1 % cancelled;
 *   one enterprise account for every fourth holder (in-app notifications; no phone, so no SMS in the outbox). Then
 *     bare   the SELECT the sweep must make at least: for each kind and window, the reminded statuses with
 *            `valid_until BETWEEN` the window's range (`windowRanges`), all rows read;
 *     sweep  the job's sweep (`sendExpiryReminders`): those SELECTs in keyset pages, each page claiming its
 *            reminders (INSERT … ON CONFLICT DO NOTHING), notifying the holders' accounts and auditing, committed;
 *     again  the sweep a second time (nothing left to remind).
 *   Target: the sweep ≤ 10 s at 1,000,000 licences.
 *
 * Alone: `npx tsx bench/drugs.ts [--licences N]` with BENCH_DATABASE_URL (or DATABASE_URL) naming a server on which a
 * throwaway database may be created.
 */
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import { systemCtx } from '../src/platform/policy/actor.js';
import { sendExpiryReminders } from '../src/drugs/send-expiry-reminders.js';
import { windowRanges } from '../src/drugs/rules/reminder-windows.js';
import { REMINDED_STATUSES } from '../src/drugs/schema.js';
import { createThrowawayPostgres } from '../scripts/lib/databases.js';
import { median } from './lib/rounds.js';

const TODAY = '2027-06-15';
const NOW = new Date('2027-06-15T01:00:00Z');
const KINDS = [
  'drug-retail',
  'drug-wholesale',
  'drug-manufacturing',
  'medical-device-operation',
  'medical-device-production',
  'cosmetics-production',
];

async function fill(database: Database, licences: number): Promise<void> {
  const holders = Math.max(1, Math.floor(licences / 4));
  const chunk = 250_000;
  for (let from = 1; from <= licences; from += chunk) {
    const to = Math.min(licences, from + chunk - 1);
    await database.query(
      `INSERT INTO drug_licence (enterprise_id, id, holder_uscc, kind, number, scope, valid_from, valid_until, status, source, created_at, updated_at)
       SELECT md5('e' || h)::uuid, md5('l' || i)::uuid, '9134' || lpad(h::text, 14, '0'), k.kind, 'B' || i, '经营范围',
              u.until - 1824, u.until, s.status, 'import', $2::timestamptz, $2::timestamptz
       FROM generate_series($3::int, $4::int) i
       CROSS JOIN LATERAL (SELECT (i % $5) + 1 AS h) hh
       CROSS JOIN LATERAL (SELECT ($6::text[])[i % 6 + 1] AS kind) k
       CROSS JOIN LATERAL (SELECT $1::date - 365 + ((i::bigint * 7919) % 3650)::int AS until) u
       CROSS JOIN LATERAL (SELECT CASE WHEN i % 100 < 2 THEN 'renewed' WHEN i % 100 = 2 THEN 'cancelled' ELSE 'valid' END AS status) s`,
      [TODAY, NOW.toISOString(), from, to, holders, KINDS],
    );
    await database.query(
      `INSERT INTO drug_licence_number (kind, number, enterprise_id, licence_id)
       SELECT ($1::text[])[i % 6 + 1], 'B' || i, md5('e' || ((i % $2) + 1))::uuid, md5('l' || i)::uuid FROM generate_series($3::int, $4::int) i`,
      [KINDS, holders, from, to],
    );
  }
  await database.query(
    `INSERT INTO app_user (id, username, password_hash, display_name, role, enterprise_id)
     SELECT md5('u' || h)::uuid, 'bench-ent-' || h, 'x', '企业账号' || h, 'enterprise', md5('e' || h)::uuid FROM generate_series(1, $1::int, 4) h`,
    [holders],
  );
  await database.query('VACUUM ANALYZE drug_licence');
  await database.query('VACUUM ANALYZE app_user');
}

export interface ReminderSweepBench {
  licences: number;
  due: number;
  /** Per round: the bare SELECTs of the due rows (every window of every kind), rows read. */
  bareMs: number[];
  /** Per round: the job's sweep, committed. */
  sweepMs: number[];
  againMs: number[];
  notified: number;
  ratio: number;
  plan: string;
}

export async function benchReminderSweep(
  serverUrl: string,
  opts: { licences?: number; rounds?: number } = {},
): Promise<ReminderSweepBench> {
  const licences = opts.licences ?? 1_000_000;
  const rounds = opts.rounds ?? 3;
  const throwaway = await createThrowawayPostgres(serverUrl, 'qq_bench_drugs');
  const database = await openDatabase({ databaseUrl: throwaway.url, poolSize: 10 });
  try {
    await database.migrate();
    await fill(database, licences);
    const statuses = REMINDED_STATUSES.map((s) => `'${s}'`).join(', ');
    const ranges = windowRanges(TODAY, [180, 90, 30]);
    const bareSql = KINDS.flatMap((kind) =>
      ranges.map(
        (r) =>
          `SELECT enterprise_id, id, number, valid_until FROM drug_licence WHERE kind = '${kind}' AND status IN (${statuses}) AND valid_until BETWEEN '${r.from}'::date AND '${r.to}'::date`,
      ),
    );
    const [due] = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM drug_licence WHERE status IN (${statuses}) AND valid_until BETWEEN '${TODAY}'::date AND '${TODAY}'::date + 180`,
    );
    const plan = (await database.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${bareSql[0]}`))
      .map((r) => r['QUERY PLAN'])
      .join(' / ');
    const ctx = systemCtx('licence-expiry-reminders', NOW);
    const out = { bareMs: [] as number[], sweepMs: [] as number[], againMs: [] as number[], notified: 0 };
    const settle = async () => {
      for (const t of ['drug_licence', 'drug_licence_reminder', 'notification', 'audit_log'])
        await database.query(`VACUUM ANALYZE ${t}`);
      await database.query('CHECKPOINT');
    };
    for (let round = 0; round < rounds; round++) {
      await settle();
      let t0 = performance.now();
      let read = 0;
      for (const q of bareSql) read += (await database.query(q)).length;
      out.bareMs.push(Math.round(performance.now() - t0));
      if (read !== due!.n) throw new Error(`bare select read ${read}, due ${due!.n}`);
      await settle();
      t0 = performance.now();
      const swept = await sendExpiryReminders(database.db, ctx);
      out.sweepMs.push(Math.round(performance.now() - t0));
      if (swept.reminded !== due!.n) throw new Error(`sweep reminded ${swept.reminded}, due ${due!.n}`);
      out.notified = swept.notified;
      t0 = performance.now();
      const again = await sendExpiryReminders(database.db, ctx);
      out.againMs.push(Math.round(performance.now() - t0));
      if (again.reminded !== 0) throw new Error('second sweep reminded again');
      // Back to the starting state for the next round.
      await database.query('DELETE FROM drug_licence_reminder');
      await database.query(`DELETE FROM notification WHERE kind = 'licence-expiry'`);
      await database.query(`DELETE FROM audit_log WHERE action = 'drugs.licence.remind'`);
    }
    return {
      licences,
      due: due!.n,
      ...out,
      ratio: Math.round((median(out.sweepMs) / Math.max(1, median(out.bareMs))) * 10) / 10,
      plan,
    };
  } finally {
    await database.close();
    await throwaway.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) throw new Error('set BENCH_DATABASE_URL (a server where a throwaway database may be created)');
  const i = process.argv.indexOf('--licences');
  benchReminderSweep(url, { licences: i > 0 ? Number(process.argv[i + 1]) : undefined })
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
