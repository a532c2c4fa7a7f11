import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { runStatement, type Statement } from '../platform/db/pipeline.js';

export interface VisitKey {
  enterpriseId: string;
  id: string;
}

/** The columns of a change row, and the visit's figure state as it keeps it (`i` the inspection) but its evaluation's. */
const CHANGE_COLUMNS = 'enterprise_id, id, sign, day, department_ids, status, kind, over_frequency, result_late, backfilled, unrecorded, starts_at, overall';
const VISIT_STATE = 'qq_china_day(i.window_start), i.department_ids, i.status, i.kind, i.over_frequency, i.result_late, i.backfilled, i.result_recorded_at IS NULL, i.window_start';
/** The same for the query builder, with `ev` the visit's evaluation. */
const STATE = sql.raw(`${VISIT_STATE}, ev.overall`);
const COLUMNS = sql.raw(`(${CHANGE_COLUMNS})`);

/**
 * H2 — appends the current figure state of these visits to `inspection_figure_change` with `sign` (+1: they
 * start counting as they are now; −1: they stop counting as they are now), in the writer's transaction. A writer
 * that changes a visit calls it with −1 before and +1 after its change, holding the visit's row lock (so the two
 * states are the visit's own, not another writer's); a new visit only +1. The job `figures-rollup` folds them.
 * One visit is one statement on its enterprise's rows (a router query on Citus).
 */
export async function recordVisitChanges(tx: DbOrTx, visits: readonly VisitKey[], sign: 1 | -1): Promise<void> {
  if (visits.length === 0) return;
  if (visits.length === 1) {
    await runStatement(tx, visitChangeStatement(visits[0]!, sign));
    return;
  }
  await tx.execute(sql`INSERT INTO inspection_figure_change ${COLUMNS}
    SELECT i.enterprise_id, k.change_id, ${sign}, ${STATE}
    FROM jsonb_to_recordset(${JSON.stringify(visits.map((v) => ({ enterprise_id: v.enterpriseId, id: v.id, change_id: newId() })))}::jsonb)
      AS k(enterprise_id uuid, id uuid, change_id uuid)
    JOIN inspection i ON i.enterprise_id = k.enterprise_id AND i.id = k.id
    LEFT JOIN inspection_evaluation ev ON ev.enterprise_id = i.enterprise_id AND ev.inspection_id = i.id`);
}

/** One visit's change row as a prepared statement (for a pipelined transaction: platform/db/pipeline.ts). */
export function visitChangeStatement(v: VisitKey, sign: 1 | -1): Statement {
  return {
    name: 'visit-change',
    text: `INSERT INTO inspection_figure_change (${CHANGE_COLUMNS})
      SELECT i.enterprise_id, $1::uuid, $2::int, ${VISIT_STATE}, ev.overall
      FROM inspection i LEFT JOIN inspection_evaluation ev ON ev.enterprise_id = i.enterprise_id AND ev.inspection_id = i.id
      WHERE i.enterprise_id = $3::uuid AND i.id = $4::uuid`,
    values: [newId(), sign, v.enterpriseId, v.id],
  };
}

/**
 * A new visit's +1 change row, from its row as the statement that inserted it returned it (`visits`, a CTE of
 * `asOneStatement`): one statement with the insert where the tables share a server (not on a Citus cluster).
 */
export function newVisitChangeStatement(visits: string): Statement {
  return {
    text: `INSERT INTO inspection_figure_change (${CHANGE_COLUMNS}) SELECT i.enterprise_id, $1::uuid, 1, ${VISIT_STATE}, NULL FROM ${visits} i`,
    values: [newId()],
  };
}

/** Runs `change` on one visit between its −1 and +1 change rows (the caller holds the visit's row lock). */
export async function changingVisit<T>(tx: DbOrTx, visit: VisitKey, change: () => Promise<T>): Promise<T> {
  await recordVisitChanges(tx, [visit], -1);
  const out = await change();
  await recordVisitChanges(tx, [visit], 1);
  return out;
}
