export interface Measured {
  count: number;
  errors: number;
  seconds: number;
  throughput: number; // per second
  p50: number; // ms
  p99: number; // ms
}

export function summarise(latenciesMs: number[], errors: number, seconds: number): Measured {
  const sorted = Float64Array.from(latenciesMs).sort();
  const q = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN);
  return { count: sorted.length, errors, seconds, throughput: sorted.length / seconds, p50: q(0.5), p99: q(0.99) };
}

/** Runs `task` from `clients` concurrent loops for `seconds` (or until `until` says stop), timing each call. */
export async function runLoad(opts: { clients: number; seconds: number; task: (client: number, i: number) => Promise<boolean>; maxCalls?: number }): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  let calls = 0;
  const deadline = performance.now() + opts.seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: opts.clients }, async (_, client) => {
      while (performance.now() < deadline && (opts.maxCalls === undefined || calls < opts.maxCalls)) {
        const i = calls++;
        const t0 = performance.now();
        let ok = false;
        try {
          ok = await opts.task(client, i);
        } catch {
          ok = false;
        }
        if (ok) latencies.push(performance.now() - t0);
        else errors++;
      }
    }),
  );
  return summarise(latencies, errors, (performance.now() - started) / 1000);
}

/** One row of bench/results/latest.md: a figure beside its same-run baseline and its target. */
export interface BenchRow {
  figure: string;
  measured: Measured | { throughput: number; p50?: number; p99?: number };
  baseline: string;
  baselineMeasured: Measured | { throughput: number; p50?: number; p99?: number };
  /** `ratio`: the least share of the baseline (throughput ÷ baseline throughput). */
  target?: { throughput?: number; p99?: number; ratio?: number };
  note?: string;
  /** Latency figures: baseline p50 ÷ p50 (the share of the baseline's speed), instead of the throughput ratio. */
  latency?: boolean;
}
