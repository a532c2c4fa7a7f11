/**
 * Part D figures for `npm run bench`: the licence-expiry reminder sweep (bench/drugs.ts) in a throwaway database of
 * its own, beside a bare SELECT of the same rows measured in the same run.
 *
 *   small     100,000 licences (~4,800 due) — for CI;
 *   province  1,000,000 licences (~48,000 due; target: the sweep ≤ 10 s).
 */
import { benchReminderSweep } from '../drugs.js';
import type { BenchRow } from '../lib/stats.js';
import { latencyFigures, roundFigures, thousands } from '../lib/rounds.js';

const SIZES = { small: 100_000, province: 1_000_000 } as const;
/** D2 at province scale: the whole sweep over 1,000,000 licences within 10 s. */
const SWEEP_TARGET = { licences: 1_000_000, ms: 10_000 };


export async function benchDrugFigures(scale: string | undefined, serverUrl: string): Promise<BenchRow[]> {
  const licences = SIZES[scale === 'province' ? 'province' : 'small'];
  console.log(`licence-expiry reminder sweep over ${thousands(licences)} licences …`);
  const r = await benchReminderSweep(serverUrl, { licences });
  const bare = roundFigures(r.bareMs, r.due);
  const atTarget = r.licences >= SWEEP_TARGET.licences;
  return [
    {
      figure: `licence-expiry reminder sweep over ${thousands(r.licences)} licences (${((r.due / r.licences) * 100).toFixed(1)}% in a window), reminders /s`,
      measured: roundFigures(r.sweepMs, r.due),
      baseline: 'bare SELECT … WHERE valid_until BETWEEN of the same rows (each kind and window)',
      baselineMeasured: bare,
      ...(atTarget ? { target: { p99: SWEEP_TARGET.ms } } : {}),
      note:
        `${thousands(r.due)} reminders claimed exactly once, ${thousands(r.notified)} in-app notifications (an account for every fourth holder), audited per batch; ` +
        `${r.sweepMs.length} rounds, ms median/worst; ${r.ratio}× the bare SELECT` +
        (atTarget
          ? ''
          : `; target ≤ ${SWEEP_TARGET.ms / 1000} s applies at ${thousands(SWEEP_TARGET.licences)} (province scale)`),
    },
    {
      figure: 'the reminder sweep run again at once (nothing due)',
      measured: latencyFigures(r.againMs),
      baseline: 'bare SELECT of the first run',
      baselineMeasured: bare,
      latency: true,
      note: 'reminds nothing: checked each round; ms',
    },
  ];
}
