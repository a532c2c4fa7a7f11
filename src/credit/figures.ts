/**
 * C7 / H2 — credit-repair figures, live from the data: subjects and records repaired in a year (automatic vs
 * on application) against the year before; average review time; deliveries by platform and status; subjects
 * spared 多头修复 (one repair decision reached two or more platforms).
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { chinaDay } from '../organisation/index.js';
import { chinaYearOf, startOfChinaYear } from '../platform/time/china.js';
import { yoyPeriods } from './rules/yoy.js';
import { loadCalendar } from '../calendar/index.js';
import { workingDaysBetween } from '../calendar/index.js';
import { REPAIR_TOPIC } from './deliveries.js';

const yoy = (now: number, before: number): number | null => (before > 0 ? Math.round(((now - before) / before) * 1000) / 10 : null);

export async function creditFigures(db: Db, ctx: Ctx, q: { year?: number }) {
  requireUser(ctx.actor, ['credit_officer', 'admin', 'supervisor']);
  const year = q.year ?? chinaYearOf(ctx.now);
  const periods = yoyPeriods(year, ctx.now);
  const split = periods.current.from.toISOString();
  const to = startOfChinaYear(year + 1).toISOString();
  const inPeriod = (col: string) =>
    sql`((${sql.raw(col)} >= ${periods.current.from.toISOString()}::timestamptz AND ${sql.raw(col)} < ${periods.current.to.toISOString()}::timestamptz)
         OR (${sql.raw(col)} >= ${periods.previous.from.toISOString()}::timestamptz AND ${sql.raw(col)} < ${periods.previous.to.toISOString()}::timestamptz))`;

  // One row per side of the comparison (plain GROUP BY: a Citus cluster refuses GROUPING()).
  const repaired = await rows<{ this_year: boolean; records: number; subjects: number; automatic: number; on_application: number }>(
    db,
    sql`SELECT repaired_at >= ${split}::timestamptz AS this_year, count(*)::int AS records,
               count(DISTINCT enterprise_id)::int AS subjects,
               count(*) FILTER (WHERE repaired_how = 'automatic')::int AS automatic,
               count(*) FILTER (WHERE repaired_how = 'application')::int AS on_application
        FROM credit_penalty
        WHERE status = 'repaired' AND ${inPeriod('repaired_at')}
        GROUP BY 1`,
  );
  const side = (thisYear: boolean) => {
    const r = repaired.find((x) => x.this_year === thisYear);
    return { subjects: r?.subjects ?? 0, records: r?.records ?? 0, automatic: r?.automatic ?? 0, onApplication: r?.on_application ?? 0 };
  };
  const current = side(true);
  const previous = side(false);
  // Publicity that stopped at its maximum (or a class that only stops, e.g. 通报批评 under market regulation):
  // not a repair, counted apart.
  const stopped = await rows<{ this_year: boolean; records: number; subjects: number }>(
    db,
    sql`SELECT expired_at >= ${split}::timestamptz AS this_year, count(*)::int AS records, count(DISTINCT enterprise_id)::int AS subjects
        FROM credit_penalty WHERE status = 'expired' AND ${inPeriod('expired_at')} GROUP BY 1`,
  );
  const stop = (thisYear: boolean) => {
    const r = stopped.find((x) => x.this_year === thisYear);
    return { records: r?.records ?? 0, subjects: r?.subjects ?? 0 };
  };

  // Review time: from acceptance (complete) to decision, in hours and in working days of the calendar.
  const decided = await rows<{ accepted_at: Date | string; decided_at: Date | string; review_due_on: string | null }>(
    db,
    sql`SELECT accepted_at, decided_at, review_due_on FROM credit_application
        WHERE decided_at >= ${split}::timestamptz AND decided_at < ${to}::timestamptz AND accepted_at IS NOT NULL`,
  );
  const calendar = await loadCalendar(db);
  let hours = 0;
  let workingDays = 0;
  let late = 0;
  for (const d of decided) {
    const accepted = new Date(d.accepted_at);
    const at = new Date(d.decided_at);
    hours += (at.getTime() - accepted.getTime()) / 3_600_000;
    workingDays += workingDaysBetween(accepted, at, calendar);
    if (d.review_due_on && chinaDay(at) > d.review_due_on) late++;
  }
  const average = (sum: number) => (decided.length ? Math.round((sum / decided.length) * 10) / 10 : null);
  const [queue] = await rows<{ pending: number; awaiting: number; overdue: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
               count(*) FILTER (WHERE status = 'awaiting-proof')::int AS awaiting,
               count(*) FILTER (WHERE status = 'pending' AND review_due_on < ${chinaDay(ctx.now)}::date)::int AS overdue
        FROM credit_application WHERE status IN ('pending', 'awaiting-proof')`,
  );
  const deliveries = await rows<{ platform: string; status: string; count: number }>(
    db,
    sql`SELECT destination AS platform, status, count(*)::int AS count FROM outbox
        WHERE topic = ${REPAIR_TOPIC} GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  // 多头修复 spared: of the records repaired in the year shown (the `repaired` figures above), those whose one
  // repair decision reached two platforms or more — a subset of the repaired records and subjects by definition.
  const [spared] = await rows<{ subjects: number; records: number }>(
    db,
    sql`SELECT count(DISTINCT p.enterprise_id)::int AS subjects, count(*)::int AS records
        FROM credit_penalty p
        JOIN (SELECT payload->>'recordId' AS record FROM outbox
              WHERE topic = ${REPAIR_TOPIC} AND status = 'delivered' AND payload->>'action' = 'repair'
              GROUP BY 1 HAVING count(DISTINCT destination) >= 2) d
          ON d.record = p.id::text
        WHERE p.status = 'repaired' AND p.repaired_at >= ${split}::timestamptz AND p.repaired_at < ${periods.current.to.toISOString()}::timestamptz`,
  );
  const [active] = await rows<{ active: number }>(
    db,
    sql`SELECT count(*)::int AS active FROM credit_penalty WHERE status = 'published' AND max_end >= ${chinaDay(ctx.now)}::date`,
  );

  return {
    year,
    /** The current China year (the web offers the years up to it; it never reads its own clock for this). */
    currentYear: chinaYearOf(ctx.now),
    /** The compared periods: this year to date, and the same stretch of the year before. */
    periods: {
      current: { from: periods.current.from.toISOString(), to: periods.current.to.toISOString() },
      previous: { from: periods.previous.from.toISOString(), to: periods.previous.to.toISOString() },
    },
    repaired: {
      ...current,
      previousYear: previous,
      subjectsYoY: yoy(current.subjects, previous.subjects),
      recordsYoY: yoy(current.records, previous.records),
    },
    publicityStopped: { ...stop(true), previousYear: stop(false) },
    review: {
      decided: decided.length,
      averageHours: average(hours),
      averageWorkingDays: average(workingDays),
      decidedLate: late,
      pending: queue?.pending ?? 0,
      awaitingProof: queue?.awaiting ?? 0,
      overdue: queue?.overdue ?? 0,
    },
    deliveries,
    multiPlatformSpared: { subjects: spared?.subjects ?? 0, records: spared?.records ?? 0 },
    activeRecords: active?.active ?? 0,
  };
}
