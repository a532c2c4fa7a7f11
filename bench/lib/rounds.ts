/** Figures of a one-shot operation timed over a few rounds (a sweep, a batch), for the bench rows. */

/** The median of a few timings (the upper one of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Rounds as a row's figures: rows handled per second at the median, the median and the worst, in ms. */
export const roundFigures = (ms: number[], rows: number) => ({
  throughput: (rows / median(ms)) * 1000,
  p50: median(ms),
  p99: Math.max(...ms),
});

/** Rounds as a latency row's figures (no throughput): the median and the worst, in ms. */
export const latencyFigures = (ms: number[]) => ({ throughput: NaN, p50: median(ms), p99: Math.max(...ms) });

/** A count as the bench notes write it (1,000,000). */
export const thousands = (x: number) => x.toLocaleString('en-US');
