DROP INDEX "inspection_issued_window_end_idx";--> statement-breakpoint
DROP INDEX "inspection_result_due_idx";--> statement-breakpoint
CREATE INDEX "inspection_issued_window_end_idx" ON "inspection" USING btree ("window_end","window_start","department_ids") WHERE status = 'issued';--> statement-breakpoint
CREATE INDEX "inspection_result_due_idx" ON "inspection" USING btree ("result_due_at","window_start","department_ids") WHERE result_recorded_at IS NULL AND status = 'issued';
--> statement-breakpoint
-- Days before `before` need no spreading of writers any more: their eight slot rows fold into slot 0 (the
-- sums readers see are unchanged), and rows left all zero go. Run daily by the job `figures-compact`; a later
-- write to an old day simply opens its slot row again.
CREATE FUNCTION qq_figures_compact(before date) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  moved integer := 0;
  k integer;
BEGIN
  WITH gone AS (DELETE FROM inspection_day_figures WHERE day < before AND slot <> 0 RETURNING *)
  INSERT INTO inspection_day_figures AS f (day, department_id, head, slot, total, revoked, done, issued, unrecorded, joint, avoided, over_frequency, late, planned, backfilled, evaluations, satisfied)
    SELECT day, department_id, head, 0, sum(total), sum(revoked), sum(done), sum(issued), sum(unrecorded), sum(joint), sum(avoided), sum(over_frequency), sum(late), sum(planned), sum(backfilled), sum(evaluations), sum(satisfied) FROM gone GROUP BY day, department_id, head
    ON CONFLICT (day, department_id, head, slot) DO UPDATE SET total = f.total + excluded.total, revoked = f.revoked + excluded.revoked, done = f.done + excluded.done, issued = f.issued + excluded.issued, unrecorded = f.unrecorded + excluded.unrecorded, joint = f.joint + excluded.joint, avoided = f.avoided + excluded.avoided, over_frequency = f.over_frequency + excluded.over_frequency, late = f.late + excluded.late, planned = f.planned + excluded.planned, backfilled = f.backfilled + excluded.backfilled, evaluations = f.evaluations + excluded.evaluations, satisfied = f.satisfied + excluded.satisfied;
  GET DIAGNOSTICS k = ROW_COUNT;
  moved := moved + k;
  DELETE FROM inspection_day_figures WHERE day < before AND total = 0 AND revoked = 0 AND done = 0 AND issued = 0 AND unrecorded = 0 AND joint = 0 AND avoided = 0 AND over_frequency = 0 AND late = 0 AND planned = 0 AND backfilled = 0 AND evaluations = 0 AND satisfied = 0;
  WITH gone AS (DELETE FROM signal_day_figures WHERE day < before AND slot <> 0 RETURNING *)
  INSERT INTO signal_day_figures AS f (day, kind, department_id, slot, n, open)
    SELECT day, kind, department_id, 0, sum(n), sum(open) FROM gone GROUP BY day, kind, department_id
    ON CONFLICT (day, kind, department_id, slot) DO UPDATE SET n = f.n + excluded.n, open = f.open + excluded.open;
  GET DIAGNOSTICS k = ROW_COUNT;
  moved := moved + k;
  DELETE FROM signal_day_figures WHERE day < before AND n = 0 AND open = 0;
  DELETE FROM inspection_enterprise_figures WHERE n = 0;
  DELETE FROM inspection_heat_figures WHERE enterprises = 0;
  RETURN moved;
END $$;
