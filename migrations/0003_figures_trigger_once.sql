-- Recording a result or any change that leaves a visit's enterprise, departments and revoked-ness as they were
-- (the common update) no longer takes the enterprise and heat rows away and puts them back: only the day rows
-- move. The evaluation of the visit is looked up once per update, not once for each side.
CREATE FUNCTION inspection_day_figures_add(r inspection, overall smallint, sign integer, evaluation_only boolean) RETURNS void LANGUAGE plpgsql AS $$
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
        CASE WHEN cardinality(r.department_ids) > 1 THEN k ELSE 0 END,
        k * (cardinality(r.department_ids) - 1),
        CASE WHEN r.over_frequency THEN k ELSE 0 END,
        CASE WHEN r.result_late THEN k ELSE 0 END,
        CASE WHEN r.kind = 'planned' THEN k ELSE 0 END,
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
CREATE FUNCTION inspection_enterprise_visit_add(r inspection, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d uuid;
  sl smallint := qq_figures_slot(r.enterprise_id);
BEGIN
  IF r.status = 'revoked' THEN
    RETURN;
  END IF;
  PERFORM inspection_enterprise_figures_add(r.enterprise_id, '00000000-0000-0000-0000-000000000000'::uuid, sign, sl);
  FOR d IN SELECT DISTINCT x FROM unnest(r.department_ids) x ORDER BY x LOOP
    PERFORM inspection_enterprise_figures_add(r.enterprise_id, d, sign, sl);
  END LOOP;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION inspection_figures_add(r inspection, overall smallint, sign integer, evaluation_only boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM inspection_day_figures_add(r, overall, sign, evaluation_only);
  IF NOT evaluation_only THEN
    PERFORM inspection_enterprise_visit_add(r, sign);
  END IF;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION inspection_figures_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ov smallint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM inspection_figures_add(NEW, NULL, 1, false);
    RETURN NULL;
  END IF;
  SELECT e.overall INTO ov FROM inspection_evaluation e WHERE e.enterprise_id = OLD.enterprise_id AND e.inspection_id = OLD.id;
  IF TG_OP = 'DELETE' THEN
    PERFORM inspection_figures_add(OLD, ov, -1, false);
    RETURN NULL;
  END IF;
  IF (OLD.enterprise_id, OLD.id) IS DISTINCT FROM (NEW.enterprise_id, NEW.id) THEN
    PERFORM inspection_figures_add(OLD, ov, -1, false);
    SELECT e.overall INTO ov FROM inspection_evaluation e WHERE e.enterprise_id = NEW.enterprise_id AND e.inspection_id = NEW.id;
    PERFORM inspection_figures_add(NEW, ov, 1, false);
    RETURN NULL;
  END IF;
  PERFORM inspection_day_figures_add(OLD, ov, -1, false);
  PERFORM inspection_day_figures_add(NEW, ov, 1, false);
  -- The enterprise rows change only when the visit stops or starts counting, or its departments change.
  IF (OLD.status = 'revoked', ARRAY(SELECT DISTINCT x FROM unnest(OLD.department_ids) x ORDER BY x))
     IS DISTINCT FROM (NEW.status = 'revoked', ARRAY(SELECT DISTINCT x FROM unnest(NEW.department_ids) x ORDER BY x)) THEN
    PERFORM inspection_enterprise_visit_add(OLD, -1);
    PERFORM inspection_enterprise_visit_add(NEW, 1);
  END IF;
  RETURN NULL;
END $$;
