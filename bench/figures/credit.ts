/**
 * Part C figures for `npm run bench`: the automatic-repair sweep and the credit status API on generated penalty
 * records (bench/credit.ts), each in a throwaway database of its own, beside baselines measured in the same run.
 *
 *   small     sweep over 100,000 records, status with 200,000 (20,000 subjects) — about a minute, for CI;
 *   province  sweep over 1,000,000 records (target ≤ 10 s), status with 2,000,000 (200,000 subjects).
 *
 * The databases are created on BENCH_DATABASE_URL (or DATABASE_URL); at province scale without either, on the
 * server of the province database (its `postgres` database).
 */
import { benchAutoRepair, benchCreditStatus } from '../credit.js';
import type { BenchRow } from '../lib/stats.js';
import { latencyFigures, roundFigures, thousands } from '../lib/rounds.js';

const SIZES = {
  small: { sweep: 100_000, status: 200_000, enterprises: 20_000, seconds: 5 },
  province: { sweep: 1_000_000, status: 2_000_000, enterprises: 200_000, seconds: 10 },
} as const;
/** C3 at province scale: the whole sweep over 1,000,000 records within 10 s. */
const SWEEP_TARGET = { records: 1_000_000, ms: 10_000 };
const STATUS_CLIENTS = 16;

/** Where throwaway databases may be created (see the header). */
export function creditServerUrl(adminUrl: string | undefined, provinceUrl: string | undefined): string {
  if (adminUrl) return adminUrl;
  if (!provinceUrl) throw new Error('credit figures need BENCH_DATABASE_URL or the province database URL');
  const u = new URL(provinceUrl);
  u.pathname = '/postgres';
  return u.toString();
}


export async function benchCreditFigures(scale: string | undefined, serverUrl: string): Promise<BenchRow[]> {
  const size = SIZES[scale === 'province' ? 'province' : 'small'];
  console.log(`credit auto-repair sweep over ${thousands(size.sweep)} records …`);
  const sweep = await benchAutoRepair(serverUrl, { records: size.sweep });
  const closed = sweep.due.repair + sweep.due.expiry;
  const bare = roundFigures(sweep.bareMs, closed);
  const atTarget = sweep.records >= SWEEP_TARGET.records;
  const sweepRow: BenchRow = {
    figure: `credit auto-repair sweep over ${thousands(sweep.records)} records (10% eligible), records closed /s`,
    measured: roundFigures(sweep.sweepMs, closed),
    baseline: 'bare UPDATE of the same rows (rolled back)',
    baselineMeasured: bare,
    ...(atTarget ? { target: { p99: SWEEP_TARGET.ms } } : {}),
    note:
      `${thousands(sweep.due.repair)} repaired + ${thousands(sweep.due.expiry)} expired, audited, ${thousands(sweep.outboxRows)} deliveries queued; ` +
      `${sweep.sweepMs.length} rounds, ms median/worst; ${sweep.ratio}× the bare UPDATE` +
      (atTarget
        ? ''
        : `; target ≤ ${SWEEP_TARGET.ms / 1000} s applies at ${thousands(SWEEP_TARGET.records)} (province scale)`),
  };
  const againRow: BenchRow = {
    figure: 'the sweep run again at once (nothing due)',
    measured: latencyFigures(sweep.againMs),
    baseline: 'bare UPDATE of the first run',
    baselineMeasured: bare,
    latency: true,
    note: 'changes nothing: 0 records repaired or expired, checked each round; ms',
  };

  console.log(`credit status API with ${thousands(size.status)} records …`);
  const status = await benchCreditStatus(serverUrl, {
    records: size.status,
    enterprises: size.enterprises,
    clients: STATUS_CLIENTS,
    seconds: size.seconds,
  });
  const baseline = `select of the enterprise by USCC (${STATUS_CLIENTS} clients)`;
  const statusNote = `${thousands(status.enterprises)} subjects, ${status.averageRecords} active records returned on average; in-process (inject), each read audited; single-row commit baseline p50 ${status.commitBaseline.p50.toFixed(2)} ms`;
  return [
    sweepRow,
    againRow,
    {
      figure: `credit status API p99 with ${thousands(status.records)} records (GET /api/credit/{uscc}/status, 1 caller)`,
      measured: status.single,
      baseline,
      baselineMeasured: status.baseline,
      latency: true,
      target: { p99: 20 },
      note: statusNote,
    },
    {
      figure: `credit status API p99 with ${thousands(status.records)} records (${STATUS_CLIENTS} clients)`,
      measured: status.status,
      baseline,
      baselineMeasured: status.baseline,
      latency: true,
      target: { p99: 20 },
      note: `throughput with queueing: ${STATUS_CLIENTS} callers, the server and PostgreSQL share the cores; the baseline's own p99 ${status.baseline.p99.toFixed(1)} ms`,
    },
  ];
}
