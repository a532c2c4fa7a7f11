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
import { figuresAsOf } from '../platform/rollup/fold.js';
import { VISIT_FIGURES_ROLLUP } from './fold-visit-figures.js';
import { visitRange, visitReduction } from './rules/visit.js';

/** Shown beside the figure (defect 2): how "visits avoided" becomes a share. */
export const VISIT_REDUCTION_DEFINITION = {
  'zh-CN': '减少入企比例 = 减少检查次数 ÷（联合检查次数 + 减少检查次数），与芜湖口径一致：5133 ÷（3453 + 5133）= 59.8%',
  'en-US': 'Visits avoided ÷ (joint visits made + visits avoided), as Wuhu reckons it: 5133 ÷ (3453 + 5133) = 59.8%',
};

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
  const asOf = await figuresAsOf(db, [VISIT_FIGURES_ROLLUP]);
  if ('none' in scope) return { ...present(sumCounts([]), sumCounts([]), { active: 0, pending: 0 }), asOf };
  const read = async (r: Instants) =>
    'enterpriseId' in scope
      ? enterpriseCounts(db, scope.enterpriseId, r)
      : sumCounts(scopeRows(await readDayFigures(db, { ...r, departmentId: scope.departmentId }), scope.departmentId));
  // Visits (rules/visit.ts): not revoked, window started — the range up to now; the codes: the whole range.
  const [visits, codes, clock] = await Promise.all([read(visitRange(range, now)), read(range), clockCounts(db, actor, range, now)]);
  return { ...present(visits, codes, clock), asOf };
}

function present(v: Counts, f: Counts, clock: { active: number; pending: number }) {
  const visits = v.total - v.revoked;
  return {
    /** Visits made (入企检查): codes not revoked whose window has started. */
    total: visits,
    planned: v.planned,
    triggered: visits - v.planned,
    jointVisits: v.joint,
    visitsAvoided: v.avoided,
    /** Share of visits saved by merging, as the seed reckons it: avoided ÷ (joint visits made + avoided). */
    visitReduction: visitReduction(v.joint, v.avoided),
    visitReductionDefinition: VISIT_REDUCTION_DEFINITION,
    /** Codes issued in the range, whatever became of them (revoked ones and ones not yet started included). */
    codesIssued: f.total,
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
    evaluations: v.evaluations,
    satisfied: v.satisfied,
    satisfactionRate: v.evaluations > 0 ? v.satisfied / v.evaluations : null,
  };
}
