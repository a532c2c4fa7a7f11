/**
 * The dashboards' aggregates are a rollup of change rows the operations append (migrations/0014_figures_rollup.sql);
 * a bulk load by COPY appends none, so it rebuilds the aggregates set-based afterwards (`qq_figures_rebuild()`,
 * which also clears any pending change). It still switches user triggers of the bulk tables off while it loads, for
 * a schema older than 0014 whose figures were kept by row triggers.
 */
import type pg from 'pg';

const hasRebuild = async (c: pg.ClientBase) =>
  (
    await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'qq_figures_rebuild'`,
    )
  ).rows[0]!.n > 0;

export async function pauseFigureTriggers(c: pg.ClientBase, tables: string[]): Promise<void> {
  for (const table of tables) await c.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
}

/**
 * Switches the triggers back on and rebuilds the aggregates as of `now` (visits whose window starts later wait
 * for it: migration 0015), then folds the days before `compactBefore` (YYYY-MM-DD) as the nightly
 * `figures-compact` job would have; false when this schema has no aggregates.
 */
export async function resumeFigureTriggers(c: pg.ClientBase, tables: string[], now: Date, compactBefore: string): Promise<boolean> {
  for (const table of tables) await c.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
  if (!(await hasRebuild(c))) return false;
  await c.query(`SET work_mem = '256MB'`);
  await c.query('SELECT qq_figures_rebuild($1)', [now.toISOString()]);
  await c.query('SELECT qq_figures_compact($1::date)', [compactBefore]);
  return true;
}
