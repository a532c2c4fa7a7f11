-- A visit counts in the per-enterprise figures from its window's start, not from its code's issue (issue 11,
-- defect 3): codes issued for coming visits wait in `inspection_figure_pending` until then. The dashboards used to
-- subtract them at read time, which at province scale (~240,000 codes ahead) took seconds a dashboard. Each change
-- row now carries its visit state's window start; the rollup folds a change into the per-enterprise figures (and
-- the heat) once that start has passed, holding it in the pending table until then. The day figures are unchanged.
ALTER TABLE "inspection_figure_change" ADD COLUMN "starts_at" timestamp with time zone;--> statement-breakpoint
-- One visit state's share of the per-enterprise figures, held until `starts_at` (its window's start) has passed.
-- Co-located with the visit (distributed by enterprise_id on Citus).
CREATE TABLE "inspection_figure_pending" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"sign" smallint NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"department_ids" uuid[] NOT NULL,
	CONSTRAINT "inspection_figure_pending_enterprise_id_id_pk" PRIMARY KEY("enterprise_id","id")
);--> statement-breakpoint
CREATE INDEX "inspection_figure_pending_starts_at_idx" ON "inspection_figure_pending" USING btree ("starts_at");--> statement-breakpoint
-- The rebuild counts as of `at` (the application's clock; the database's by default): it recounts every visit not
-- revoked, then moves the visits whose window starts at or after `at` from the per-enterprise figures into the
-- pending table and recounts the heat from what is left.
DROP FUNCTION IF EXISTS qq_figures_rebuild();--> statement-breakpoint
CREATE FUNCTION qq_figures_rebuild(at timestamptz DEFAULT now()) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE inspection_figure_change, inspection_figure_pending, signal_figure_change IN EXCLUSIVE MODE;
  DELETE FROM inspection_figure_change;
  DELETE FROM inspection_figure_pending;
  DELETE FROM signal_figure_change;
  PERFORM qq_figures_recount();
  INSERT INTO inspection_figure_pending (enterprise_id, id, sign, starts_at, department_ids)
    SELECT i.enterprise_id, i.id, 1, i.window_start, i.department_ids FROM inspection i
    WHERE i.window_start >= at AND i.status <> 'revoked';
  UPDATE inspection_enterprise_figures f SET n = f.n - p.k
    FROM (SELECT p.enterprise_id, s.scope, count(*)::int AS k FROM inspection_figure_pending p
          CROSS JOIN LATERAL (SELECT DISTINCT x FROM unnest(array_prepend('00000000-0000-0000-0000-000000000000'::uuid, p.department_ids)) x) s(scope)
          GROUP BY 1, 2) p
    WHERE f.enterprise_id = p.enterprise_id AND f.scope = p.scope;
  DELETE FROM inspection_heat_figures;
  INSERT INTO inspection_heat_figures (scope, bucket, slot, enterprises)
    SELECT f.scope, least(f.n, 4), qq_figures_slot(f.enterprise_id), count(*) FROM inspection_enterprise_figures f WHERE f.n > 0 GROUP BY 1, 2, 3;
END $$;--> statement-breakpoint
SELECT qq_figures_rebuild();
