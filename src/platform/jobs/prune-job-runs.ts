import { sql } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';

/** Each job keeps at least its latest runs, this many, however old (a monthly job still shows a history). */
export const KEEP_RUNS_PER_JOB = 20;
/** Rows deleted per statement, so a first pruning of a long history holds no long lock. */
const BATCH = 5_000;

/**
 * Deletes the finished runs of each job that started before `before`, keeping the job's latest
 * `KEEP_RUNS_PER_JOB` runs; a run still running stays. Without it the history grows by ~17,000 rows a day
 * (figures-rollup runs every 5 s). Each step reads `job_run_job_idx` (job name, start). Returns how many went.
 */
export async function pruneJobRuns(db: Db, before: Date, signal?: AbortSignal): Promise<number> {
  const names = await rows<{ name: string }>(db, sql`SELECT name FROM job ORDER BY name`);
  let total = 0;
  for (const { name } of names) {
    const [kept] = await rows<{ startedAt: string | Date }>(
      db,
      sql`SELECT started_at AS "startedAt" FROM job_run WHERE job_name = ${name} ORDER BY started_at DESC, id DESC OFFSET ${KEEP_RUNS_PER_JOB - 1} LIMIT 1`,
    );
    if (!kept) continue;
    const until = new Date(Math.min(before.getTime(), new Date(kept.startedAt).getTime())).toISOString();
    for (;;) {
      if (signal?.aborted) return total;
      const [r] = await rows<{ n: number }>(
        db,
        sql`WITH gone AS (DELETE FROM job_run WHERE id IN (
            SELECT id FROM job_run WHERE job_name = ${name} AND started_at < ${until}::timestamptz AND status <> 'running' LIMIT ${BATCH}
          ) RETURNING 1)
          SELECT count(*)::int AS n FROM gone`,
      );
      total += r?.n ?? 0;
      if ((r?.n ?? 0) < BATCH) break;
    }
  }
  return total;
}
