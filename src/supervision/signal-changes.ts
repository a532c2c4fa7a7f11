import { sql } from 'drizzle-orm';
import { rows, type Db, type DbOrTx } from '../platform/db/client.js';
import { foldRollup } from '../platform/rollup/fold.js';
import { ALL_SCOPE } from '../inspections/figures-schema.js';

export const SIGNAL_FIGURES_ROLLUP = 'signal-figures';

/**
 * H2 — appends the current figure state of these signals to `signal_figure_change` with `sign` (−1 before a
 * change, +1 after it, +1 alone for a new signal), in the writer's transaction; folded by `foldSignalFigures`.
 */
export async function recordSignalChanges(tx: DbOrTx, ids: readonly string[], sign: 1 | -1): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(sql`INSERT INTO signal_figure_change (sign, day, kind, department_id, enterprise_id, open)
    SELECT ${sign}, qq_china_day(s.created_at), s.kind, coalesce(s.department_id, ${ALL_SCOPE}::uuid), s.enterprise_id, s.status = 'open'
    FROM supervision_signal s WHERE s.id IN (SELECT x::uuid FROM jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) x)`);
}

/** Runs `change` on these signals between their −1 and +1 change rows (the caller holds their row locks). */
export async function changingSignals<T>(tx: DbOrTx, ids: readonly string[], change: () => Promise<T>): Promise<T> {
  await recordSignalChanges(tx, ids, -1);
  const out = await change();
  await recordSignalChanges(tx, ids, 1);
  return out;
}

/**
 * Folds the committed signal changes into `signal_day_figures` (job `figures-rollup`): deletes them and adds
 * their sums in one statement, in the rollup's transaction — each change exactly once. Signals and their
 * figures live on one node (the coordinator on Citus).
 */
export async function foldSignalFigures(db: Db, now: Date): Promise<{ changes: number }> {
  return foldRollup(db, SIGNAL_FIGURES_ROLLUP, now, async (tx) => {
    const [r] = await rows<{ changes: number }>(
      tx,
      sql`WITH c AS (DELETE FROM signal_figure_change RETURNING *),
          added AS (
            INSERT INTO signal_day_figures AS f (day, kind, department_id, slot, n, open)
            SELECT c.day, c.kind, c.department_id, qq_figures_slot(c.enterprise_id), sum(c.sign)::int, sum(CASE WHEN c.open THEN c.sign ELSE 0 END)::int
            FROM c GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            ON CONFLICT (day, kind, department_id, slot) DO UPDATE SET n = f.n + excluded.n, open = f.open + excluded.open
            RETURNING 1)
        SELECT (SELECT count(*) FROM c)::int AS changes, (SELECT count(*) FROM added)::int AS rows`,
    );
    return { changes: r?.changes ?? 0 };
  });
}
