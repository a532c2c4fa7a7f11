-- Figures without cross-shard triggers (issue 18, point 3). The row triggers that kept the dashboards' aggregates
-- wrote province-wide rows from every shard (and deadlocked on a cluster); they go. Instead the part that owns the
-- figures appends, in the writer's own transaction, one change row per visit or signal state that stops (-1) or
-- starts (+1) counting, and the job `figures-rollup` folds the committed change rows into the figures: it deletes
-- them and adds their sums in one transaction (exactly once: a change row can be deleted by one transaction only).
DROP TRIGGER IF EXISTS "inspection_figures_write" ON "inspection";--> statement-breakpoint
DROP TRIGGER IF EXISTS "inspection_figures_update" ON "inspection";--> statement-breakpoint
DROP TRIGGER IF EXISTS "inspection_evaluation_figures" ON "inspection_evaluation";--> statement-breakpoint
DROP TRIGGER IF EXISTS "signal_figures_write" ON "supervision_signal";--> statement-breakpoint
DROP TRIGGER IF EXISTS "signal_figures_update" ON "supervision_signal";--> statement-breakpoint
DROP FUNCTION IF EXISTS inspection_figures_trigger();--> statement-breakpoint
DROP FUNCTION IF EXISTS inspection_evaluation_figures_trigger();--> statement-breakpoint
DROP FUNCTION IF EXISTS signal_figures_trigger();--> statement-breakpoint
DROP FUNCTION IF EXISTS signal_figures_add(supervision_signal, integer);--> statement-breakpoint
DROP FUNCTION IF EXISTS inspection_figures_add(inspection, smallint, integer, boolean);--> statement-breakpoint
DROP FUNCTION IF EXISTS inspection_day_figures_add(inspection, smallint, integer, boolean);--> statement-breakpoint
DROP FUNCTION IF EXISTS inspection_enterprise_visit_add(inspection, integer);--> statement-breakpoint
DROP FUNCTION IF EXISTS inspection_enterprise_figures_add(uuid, uuid, integer, smallint);--> statement-breakpoint
-- One visit's share of the figures, as it stopped (sign -1) or started (sign +1) counting. Co-located with the
-- visit (distributed by enterprise_id on Citus), so the writer's insert stays on its enterprise's shard.
CREATE TABLE "inspection_figure_change" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"sign" smallint NOT NULL,
	"day" date NOT NULL,
	"department_ids" uuid[] NOT NULL,
	"status" text NOT NULL,
	"kind" text NOT NULL,
	"over_frequency" boolean NOT NULL,
	"result_late" boolean NOT NULL,
	"backfilled" boolean NOT NULL,
	"unrecorded" boolean NOT NULL,
	"overall" smallint,
	CONSTRAINT "inspection_figure_change_enterprise_id_id_pk" PRIMARY KEY("enterprise_id","id")
);--> statement-breakpoint
-- One signal's share of the signal figures (signals live on the coordinator, as does this table).
CREATE TABLE "signal_figure_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sign" smallint NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"department_id" uuid NOT NULL,
	"enterprise_id" uuid,
	"open" boolean NOT NULL
);--> statement-breakpoint
-- Each rollup's last fold: the figures count every change committed before `folded_at` ("as of").
CREATE TABLE "figures_rollup" (
	"name" text PRIMARY KEY NOT NULL,
	"folded_at" timestamp with time zone
);--> statement-breakpoint
-- The set-based rebuild also clears the pending changes. It first waits for every writer in flight (a brief
-- EXCLUSIVE lock on the change tables: writers append to them in their own transactions), so that the base tables
-- it counts and the change rows it deletes are the same moment.
CREATE OR REPLACE FUNCTION qq_figures_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE inspection_figure_change, signal_figure_change IN EXCLUSIVE MODE;
  DELETE FROM inspection_figure_change;
  DELETE FROM signal_figure_change;
  TRUNCATE inspection_day_figures, inspection_enterprise_figures, inspection_heat_figures, signal_day_figures;
  INSERT INTO inspection_day_figures (day, department_id, head, slot, total, revoked, done, issued, unrecorded, joint, avoided,
      over_frequency, late, planned, backfilled, evaluations, satisfied)
    SELECT qq_china_day(i.window_start), u.d, u.d = i.department_ids[1], qq_figures_slot(i.enterprise_id),
      count(*),
      count(*) FILTER (WHERE i.status = 'revoked'),
      count(*) FILTER (WHERE i.status = 'done'),
      count(*) FILTER (WHERE i.status = 'issued'),
      count(*) FILTER (WHERE i.status = 'issued' AND i.result_recorded_at IS NULL),
      count(*) FILTER (WHERE i.status <> 'revoked' AND cardinality(i.department_ids) > 1),
      coalesce(sum(cardinality(i.department_ids) - 1) FILTER (WHERE i.status <> 'revoked'), 0),
      count(*) FILTER (WHERE i.over_frequency),
      count(*) FILTER (WHERE i.result_late),
      count(*) FILTER (WHERE i.status <> 'revoked' AND i.kind = 'planned'),
      count(*) FILTER (WHERE i.backfilled),
      count(ev.overall),
      count(*) FILTER (WHERE ev.overall >= 4)
    FROM inspection i
    CROSS JOIN LATERAL unnest(i.department_ids) u(d)
    LEFT JOIN inspection_evaluation ev ON ev.enterprise_id = i.enterprise_id AND ev.inspection_id = i.id
    GROUP BY 1, 2, 3, 4;
  INSERT INTO inspection_enterprise_figures (enterprise_id, scope, n)
    SELECT i.enterprise_id, '00000000-0000-0000-0000-000000000000'::uuid, count(*) FROM inspection i WHERE i.status <> 'revoked' GROUP BY 1
    UNION ALL
    SELECT i.enterprise_id, u.d, count(*) FROM inspection i CROSS JOIN LATERAL (SELECT DISTINCT x FROM unnest(i.department_ids) x) u(d)
      WHERE i.status <> 'revoked' GROUP BY 1, 2;
  INSERT INTO inspection_heat_figures (scope, bucket, slot, enterprises)
    SELECT f.scope, least(f.n, 4), qq_figures_slot(f.enterprise_id), count(*) FROM inspection_enterprise_figures f WHERE f.n > 0 GROUP BY 1, 2, 3;
  INSERT INTO signal_day_figures (day, kind, department_id, slot, n, open)
    SELECT qq_china_day(s.created_at), s.kind, coalesce(s.department_id, '00000000-0000-0000-0000-000000000000'::uuid), qq_figures_slot(s.enterprise_id),
      count(*), count(*) FILTER (WHERE s.status = 'open')
    FROM supervision_signal s GROUP BY 1, 2, 3, 4;
  ANALYZE inspection_day_figures;
  ANALYZE inspection_enterprise_figures;
  ANALYZE inspection_heat_figures;
  ANALYZE signal_day_figures;
END $$;
