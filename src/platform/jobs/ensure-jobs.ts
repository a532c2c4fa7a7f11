import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { jobDefinitions, type JobDefinition } from './define-job.js';
import { nextRun } from './next-run.js';
import { jobs } from './schema.js';

/**
 * Upserts one row per registered job. A new job is due at its first slot after `now`; an existing job keeps its
 * state unless its schedule changed, in which case it is rescheduled from `now`. Safe when several instances
 * start at once (INSERT … ON CONFLICT).
 */
export async function ensureJobs(db: Db, now: Date, defs: JobDefinition[] = jobDefinitions()): Promise<void> {
  if (defs.length === 0) return;
  // Same row order in every instance, so concurrent upserts cannot deadlock.
  const values = [...defs]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((d) => ({ name: d.name, schedule: d.schedule, nextRunAt: nextRun(d.schedule, now)! }));
  await db
    .insert(jobs)
    .values(values)
    .onConflictDoUpdate({
      target: jobs.name,
      set: {
        schedule: sql`excluded.schedule`,
        nextRunAt: sql`excluded.next_run_at`,
        attempts: 0,
      },
      // Nothing to write when nothing changed: no dead tuples from every start of every instance.
      setWhere: sql`${jobs.schedule} IS DISTINCT FROM excluded.schedule`,
    });
}
