import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Actor } from '../platform/policy/actor.js';
import { rows } from '../platform/db/client.js';
import { departmentScope, enterpriseScope } from '../platform/policy/policy.js';
import {
  COUNTER_NAMES,
  liveCounters,
  readDayFigures,
  scopeRows,
  sumCounts,
  type Counts,
} from './day-figures.js';
import { allOf, instantBounds } from './ranged-figures.js';
import { inspectionScope } from './list-inspections.js';
import type { Instants } from './rules/figure-range.js';

type Scope = { none: true } | { departmentId?: string } | { enterpriseId: string };

function scopeOf(actor: Actor): Scope {
  if (actor.kind === 'user' && actor.role === 'enterprise') {
    const e = enterpriseScope(actor);
    return 'enterpriseId' in e ? { enterpriseId: e.enterpriseId } : { none: true };
  }
  const d = departmentScope(actor);
  if ('none' in d) return { none: true };
  return d.all ? {} : { departmentId: d.departmentId };
}

/** One enterprise's own visits, counted live (few rows, by the enterprise index). */
async function enterpriseCounts(db: Db, enterpriseId: string, range: Instants): Promise<Counts> {
  const [c] = await rows<Counts>(
    db,
    sql`SELECT ${sql.raw(COUNTER_NAMES.map((c) => `coalesce(sum(${c}), 0)::int AS ${c}`).join(', '))} FROM (
          SELECT ${liveCounters} FROM inspection i
          LEFT JOIN inspection_evaluation ev ON ev.enterprise_id = i.enterprise_id AND ev.inspection_id = i.id
          WHERE ${allOf([sql`i.enterprise_id = ${enterpriseId}::uuid`, ...instantBounds(sql`i.window_start`, range)])}) x`,
  );
  return c!;
}

/**
 * The counts that depend on the clock, from the issued codes still open only (partial indexes): codes whose
 * window has not ended, and results not yet due.
 */
async function clockCounts(db: Db, actor: Actor, range: Instants, now: Date) {
  // Two counts, each read from its partial index alone (window end / result due, with the window start and
  // departments the range and scope need): no visit row is fetched. Scoped like the inspection list.
  const where = allOf([inspectionScope(actor), ...instantBounds(sql`inspection.window_start`, range)]);
  const [c] = await rows<{ active: number; pending: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM inspection WHERE inspection.status = 'issued' AND inspection.window_end >= ${now} AND ${where})::int AS active,
               (SELECT count(*) FROM inspection WHERE inspection.status = 'issued' AND inspection.result_recorded_at IS NULL
                  AND inspection.result_due_at >= ${now} AND ${where})::int AS pending`,
  );
  return c!;
}

/**
 * Part A figures (H2): joint visits and visits avoided (A4: a visit of k departments saves k − 1 visits),
 * satisfaction rate (A8: overall ≥ 4 ÷ all evaluations), codes by status, over-frequency warnings, late results.
 * Scoped like the inspection list. Departments and the province read the day aggregates (whole days) plus the
 * range's partial edge days live; an enterprise its own rows; what depends on the clock (active vs expired
 * codes, overdue results) is the aggregate's issued count less the still-open codes counted live.
 */
export async function inspectionFigures(db: Db, actor: Actor, range: Instants, now: Date) {
  const scope = scopeOf(actor);
  if ('none' in scope) return present(sumCounts([]), { active: 0, pending: 0 });
  const counts =
    'enterpriseId' in scope
      ? await enterpriseCounts(db, scope.enterpriseId, range)
      : sumCounts(
          scopeRows(
            await readDayFigures(db, { ...range, departmentId: scope.departmentId }),
            scope.departmentId,
          ),
        );
  return present(counts, await clockCounts(db, actor, range, now));
}

function present(f: Counts, clock: { active: number; pending: number }) {
  return {
    total: f.total,
    planned: f.planned,
    triggered: f.total - f.planned,
    jointVisits: f.joint,
    visitsAvoided: f.avoided,
    /** Share of visits saved by merging: avoided ÷ (visits made + avoided). */
    visitReduction: f.total + f.avoided > 0 ? f.avoided / (f.total + f.avoided) : null,
    codesByStatus: {
      active: clock.active,
      expired: f.issued - clock.active,
      done: f.done,
      revoked: f.revoked,
    },
    overFrequencyWarnings: f.over_frequency,
    lateResults: f.late,
    overdueResults: f.unrecorded - clock.pending,
    backfilledCodes: f.backfilled,
    evaluations: f.evaluations,
    satisfied: f.satisfied,
    satisfactionRate: f.evaluations > 0 ? f.satisfied / f.evaluations : null,
  };
}
