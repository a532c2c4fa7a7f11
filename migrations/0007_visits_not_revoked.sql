-- One definition of a visit (issue 11, defect 3): a revoked code is no visit, so the day figures' joint visits,
-- visits avoided and planned visits count only codes that are not revoked (total and revoked stay as they were:
-- visits = total - revoked). The trigger's day rows and the rebuild say the same; the figures are rebuilt.
CREATE OR REPLACE FUNCTION inspection_day_figures_add(r inspection, overall smallint, sign integer, evaluation_only boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d uuid;
  k integer := CASE WHEN evaluation_only THEN 0 ELSE sign END;
  sl smallint := qq_figures_slot(r.enterprise_id);
  dy date := qq_china_day(r.window_start);
BEGIN
  FOR d IN SELECT x FROM unnest(r.department_ids) x ORDER BY x LOOP
    INSERT INTO inspection_day_figures AS f (day, department_id, head, slot, total, revoked, done, issued, unrecorded, joint, avoided,
        over_frequency, late, planned, backfilled, evaluations, satisfied)
      VALUES (dy, d, d = r.department_ids[1], sl, k,
        CASE WHEN r.status = 'revoked' THEN k ELSE 0 END,
        CASE WHEN r.status = 'done' THEN k ELSE 0 END,
        CASE WHEN r.status = 'issued' THEN k ELSE 0 END,
        CASE WHEN r.status = 'issued' AND r.result_recorded_at IS NULL THEN k ELSE 0 END,
        CASE WHEN r.status <> 'revoked' AND cardinality(r.department_ids) > 1 THEN k ELSE 0 END,
        CASE WHEN r.status <> 'revoked' THEN k * (cardinality(r.department_ids) - 1) ELSE 0 END,
        CASE WHEN r.over_frequency THEN k ELSE 0 END,
        CASE WHEN r.result_late THEN k ELSE 0 END,
        CASE WHEN r.status <> 'revoked' AND r.kind = 'planned' THEN k ELSE 0 END,
        CASE WHEN r.backfilled THEN k ELSE 0 END,
        CASE WHEN overall IS NOT NULL THEN sign ELSE 0 END,
        CASE WHEN overall >= 4 THEN sign ELSE 0 END)
      ON CONFLICT (day, department_id, head, slot) DO UPDATE SET
        total = f.total + excluded.total, revoked = f.revoked + excluded.revoked, done = f.done + excluded.done,
        issued = f.issued + excluded.issued, unrecorded = f.unrecorded + excluded.unrecorded, joint = f.joint + excluded.joint,
        avoided = f.avoided + excluded.avoided, over_frequency = f.over_frequency + excluded.over_frequency, late = f.late + excluded.late,
        planned = f.planned + excluded.planned, backfilled = f.backfilled + excluded.backfilled,
        evaluations = f.evaluations + excluded.evaluations, satisfied = f.satisfied + excluded.satisfied;
  END LOOP;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION qq_figures_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
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
END $$;--> statement-breakpoint
SELECT qq_figures_rebuild();
