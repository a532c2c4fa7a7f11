import { pgTable, uuid, boolean, integer, smallint, date, index, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { enterpriseOwnedTable } from '../platform/db/enterprise-owned-table.js';

/**
 * Incremental aggregates behind the dashboards (H2): kept exact by triggers on `inspection` and
 * `inspection_evaluation` (migrations/0001_figures.sql), rebuilt set-based by `qq_figures_rebuild()`. Their size
 * is bounded by days × departments and by enterprises, not by the number of inspections, so the figures of the
 * whole history read in milliseconds at tens of millions of inspections.
 *
 * `slot` (0–7, a hash of the enterprise) spreads concurrent writers of the same day and department over eight
 * rows; readers sum over it. `scope` is a department, or `ALL_SCOPE` for the whole province.
 */
export const ALL_SCOPE = '00000000-0000-0000-0000-000000000000';

/** A count the triggers keep, from 0. */
const count = (name: string) => integer(name).notNull().default(0);

/** Per China day, department and slot: the visits that include the department. `head` marks the one row per visit that counts it once. */
export const inspectionDayFigures = pgTable(
  'inspection_day_figures',
  {
    day: date('day').notNull(),
    departmentId: uuid('department_id').notNull(),
    head: boolean('head').notNull(),
    slot: smallint('slot').notNull(),
    total: count('total'),
    revoked: count('revoked'),
    done: count('done'),
    issued: count('issued'),
    /** Issued with no result recorded yet. */
    unrecorded: count('unrecorded'),
    joint: count('joint'),
    /** Σ (departments − 1): visits a joint visit saved (A4). */
    avoided: count('avoided'),
    overFrequency: count('over_frequency'),
    late: count('late'),
    planned: count('planned'),
    backfilled: count('backfilled'),
    evaluations: count('evaluations'),
    satisfied: count('satisfied'),
  },
  (t) => [primaryKey({ columns: [t.day, t.departmentId, t.head, t.slot] })],
);

/** Visits (not revoked) per enterprise, in the whole province and per department: repeat-inspection heat, top enterprises. */
export const inspectionEnterpriseFigures = pgTable(
  'inspection_enterprise_figures',
  {
    enterpriseId: uuid('enterprise_id').notNull(),
    scope: uuid('scope').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.scope] }),
    index('inspection_enterprise_figures_top_idx').on(t.scope, t.n.desc()),
  ],
);

/** Enterprises by how often they were visited (1, 2, 3, 4 = four or more), per scope. */
export const inspectionHeatFigures = pgTable(
  'inspection_heat_figures',
  {
    scope: uuid('scope').notNull(),
    bucket: smallint('bucket').notNull(),
    slot: smallint('slot').notNull(),
    enterprises: integer('enterprises').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.bucket, t.slot] })],
);

/**
 * One visit's share of the figures as it stopped (`sign` −1) or started (+1) counting, appended by the writer in
 * its own transaction (`recordVisitChanges`) and folded into the tables above by the job `figures-rollup`
 * (`foldVisitFigures`), which deletes what it folds. Keyed and distributed by the enterprise, like the visit.
 */
export const inspectionFigureChange = enterpriseOwnedTable('inspection_figure_change', {
  sign: smallint('sign').notNull(),
  day: date('day').notNull(),
  departmentIds: uuid('department_ids').array().notNull(),
  status: text('status').notNull(),
  kind: text('kind').notNull(),
  overFrequency: boolean('over_frequency').notNull(),
  resultLate: boolean('result_late').notNull(),
  backfilled: boolean('backfilled').notNull(),
  unrecorded: boolean('unrecorded').notNull(),
  overall: smallint('overall'),
  /** The visit state's window start: the per-enterprise figures take the change from then (null: at once). */
  startsAt: timestamp('starts_at', { withTimezone: true }),
});

/**
 * A visit state's share of the per-enterprise figures (`inspection_enterprise_figures`, the heat) held until its
 * window starts (`starts_at`): a code issued for a coming visit is no visit yet. The rollup moves a change here
 * when it folds it before that start and folds it from here once the start has passed (migration 0015).
 */
export const inspectionFigurePending = enterpriseOwnedTable(
  'inspection_figure_pending',
  {
    sign: smallint('sign').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    departmentIds: uuid('department_ids').array().notNull(),
  },
  (t) => [index('inspection_figure_pending_starts_at_idx').on(t.startsAt)],
);
