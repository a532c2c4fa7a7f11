import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Actor } from '../platform/policy/actor.js';
import { rows } from '../platform/db/client.js';
import { inspectionScope } from './list-inspections.js';

type Counts = Record<'total' | 'joint_visits' | 'visits_avoided' | 'over_frequency' | 'late_results' | 'overdue_results' | 'revoked' | 'done' | 'active' | 'expired' | 'planned' | 'triggered' | 'backfilled', number>;

/**
 * Part A figures, live from the data (H2): joint visits and visits avoided (A4: a visit of k departments
 * saves k − 1 visits), satisfaction rate (A8: overall ≥ 4 ÷ all evaluations), codes by status,
 * over-frequency warnings, late results. Scoped like the inspection list.
 */
export async function inspectionFigures(db: Db, actor: Actor, range: { from?: Date; to?: Date }, now: Date) {
  const conds: SQL[] = [inspectionScope(actor)];
  if (range.from) conds.push(sql`inspection.window_start >= ${range.from}`);
  if (range.to) conds.push(sql`inspection.window_start < ${range.to}`);
  const where = sql.join(conds.map((c) => sql`(${c})`), sql` AND `);
  const scoped = sql`FROM inspection WHERE ${where}`;
  const [a] = await rows<Counts>(
    db,
    sql`SELECT count(*)::int AS total,
      count(*) FILTER (WHERE cardinality(inspection.department_ids) > 1)::int AS joint_visits,
      coalesce(sum(cardinality(inspection.department_ids) - 1), 0)::int AS visits_avoided,
      count(*) FILTER (WHERE inspection.over_frequency)::int AS over_frequency,
      count(*) FILTER (WHERE inspection.result_late)::int AS late_results,
      count(*) FILTER (WHERE inspection.status = 'issued' AND inspection.result_recorded_at IS NULL AND inspection.result_due_at < ${now})::int AS overdue_results,
      count(*) FILTER (WHERE inspection.status = 'revoked')::int AS revoked,
      count(*) FILTER (WHERE inspection.status = 'done')::int AS done,
      count(*) FILTER (WHERE inspection.status = 'issued' AND inspection.window_end >= ${now})::int AS active,
      count(*) FILTER (WHERE inspection.status = 'issued' AND inspection.window_end < ${now})::int AS expired,
      count(*) FILTER (WHERE inspection.kind = 'planned')::int AS planned,
      count(*) FILTER (WHERE inspection.kind = 'triggered')::int AS triggered,
      count(*) FILTER (WHERE inspection.backfilled)::int AS backfilled
      ${scoped}`,
  );
  const [e] = await rows<{ evaluations: number; satisfied: number }>(
    db,
    sql`SELECT count(*)::int AS evaluations, count(*) FILTER (WHERE ev.overall >= 4)::int AS satisfied
        FROM inspection_evaluation ev JOIN inspection ON inspection.enterprise_id = ev.enterprise_id AND inspection.id = ev.inspection_id WHERE ${where}`,
  );
  const f = a!;
  return {
    total: f.total,
    planned: f.planned,
    triggered: f.triggered,
    jointVisits: f.joint_visits,
    visitsAvoided: f.visits_avoided,
    /** Share of visits saved by merging: avoided ÷ (visits made + avoided). */
    visitReduction: f.total + f.visits_avoided > 0 ? f.visits_avoided / (f.total + f.visits_avoided) : null,
    codesByStatus: { active: f.active, expired: f.expired, done: f.done, revoked: f.revoked },
    overFrequencyWarnings: f.over_frequency,
    lateResults: f.late_results,
    overdueResults: f.overdue_results,
    backfilledCodes: f.backfilled,
    evaluations: e?.evaluations ?? 0,
    satisfied: e?.satisfied ?? 0,
    satisfactionRate: e && e.evaluations > 0 ? e.satisfied / e.evaluations : null,
  };
}
