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
-- it counts and the change rows it deletes are the same moment. The count itself is migration 0007's, renamed.
ALTER FUNCTION qq_figures_rebuild() RENAME TO qq_figures_recount;--> statement-breakpoint
CREATE FUNCTION qq_figures_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE inspection_figure_change, signal_figure_change IN EXCLUSIVE MODE;
  DELETE FROM inspection_figure_change;
  DELETE FROM signal_figure_change;
  PERFORM qq_figures_recount();
END $$;
