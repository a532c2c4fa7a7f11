CREATE TABLE "inspection_day_figures" (
	"day" date NOT NULL,
	"department_id" uuid NOT NULL,
	"head" boolean NOT NULL,
	"slot" smallint NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"revoked" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"issued" integer DEFAULT 0 NOT NULL,
	"unrecorded" integer DEFAULT 0 NOT NULL,
	"joint" integer DEFAULT 0 NOT NULL,
	"avoided" integer DEFAULT 0 NOT NULL,
	"over_frequency" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"planned" integer DEFAULT 0 NOT NULL,
	"backfilled" integer DEFAULT 0 NOT NULL,
	"evaluations" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "inspection_day_figures_day_department_id_head_slot_pk" PRIMARY KEY("day","department_id","head","slot")
);
--> statement-breakpoint
CREATE TABLE "inspection_enterprise_figures" (
	"enterprise_id" uuid NOT NULL,
	"scope" uuid NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "inspection_enterprise_figures_enterprise_id_scope_pk" PRIMARY KEY("enterprise_id","scope")
);
--> statement-breakpoint
CREATE TABLE "inspection_heat_figures" (
	"scope" uuid NOT NULL,
	"bucket" smallint NOT NULL,
	"slot" smallint NOT NULL,
	"enterprises" integer NOT NULL,
	CONSTRAINT "inspection_heat_figures_scope_bucket_slot_pk" PRIMARY KEY("scope","bucket","slot")
);
--> statement-breakpoint
CREATE TABLE "signal_day_figures" (
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"department_id" uuid NOT NULL,
	"slot" smallint NOT NULL,
	"n" integer NOT NULL,
	"open" integer NOT NULL,
	CONSTRAINT "signal_day_figures_day_kind_department_id_slot_pk" PRIMARY KEY("day","kind","department_id","slot")
);
--> statement-breakpoint
CREATE INDEX "inspection_enterprise_figures_top_idx" ON "inspection_enterprise_figures" USING btree ("scope","n" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inspection_issued_window_end_idx" ON "inspection" USING btree ("window_end") WHERE status = 'issued';--> statement-breakpoint
-- The day of an instant in China (UTC+8, no daylight saving), and the slot (0–7) that spreads writers.
CREATE FUNCTION qq_china_day(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ((t AT TIME ZONE 'UTC') + interval '8 hours')::date $$;--> statement-breakpoint
CREATE FUNCTION qq_figures_slot(e uuid) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(hashtext(e::text) & 7, 0)::smallint $$;--> statement-breakpoint
-- One enterprise's visits in one scope move by `delta`; the heat buckets it leaves and enters move with it,
-- touched in ascending bucket order so that concurrent writers always lock in the same order.
CREATE FUNCTION inspection_enterprise_figures_add(e uuid, s uuid, delta integer, sl smallint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  n_new integer;
  b_old smallint;
  b_new smallint;
  x record;
BEGIN
  INSERT INTO inspection_enterprise_figures AS f (enterprise_id, scope, n) VALUES (e, s, delta)
    ON CONFLICT (enterprise_id, scope) DO UPDATE SET n = f.n + excluded.n
    RETURNING f.n INTO n_new;
  b_old := least(n_new - delta, 4);
  b_new := least(n_new, 4);
  IF b_old = b_new THEN
    RETURN;
  END IF;
  FOR x IN SELECT v.b, v.d FROM (VALUES (b_old, -1), (b_new, 1)) v(b, d) WHERE v.b > 0 ORDER BY v.b LOOP
    INSERT INTO inspection_heat_figures AS h (scope, bucket, slot, enterprises) VALUES (s, x.b, sl, x.d)
      ON CONFLICT (scope, bucket, slot) DO UPDATE SET enterprises = h.enterprises + excluded.enterprises;
  END LOOP;
END $$;--> statement-breakpoint
-- Adds (sign 1) or takes away (sign -1) one inspection's share of the figures; `evaluation_only` moves just
-- the evaluation counters (an evaluation given or withdrawn).
CREATE FUNCTION inspection_figures_add(r inspection, overall smallint, sign integer, evaluation_only boolean) RETURNS void LANGUAGE plpgsql AS $$
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
  IF evaluation_only OR r.status = 'revoked' THEN
    RETURN;
  END IF;
  PERFORM inspection_enterprise_figures_add(r.enterprise_id, '00000000-0000-0000-0000-000000000000'::uuid, sign, sl);
  FOR d IN SELECT DISTINCT x FROM unnest(r.department_ids) x ORDER BY x LOOP
    PERFORM inspection_enterprise_figures_add(r.enterprise_id, d, sign, sl);
  END LOOP;
END $$;--> statement-breakpoint
CREATE FUNCTION inspection_figures_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ov smallint;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT e.overall INTO ov FROM inspection_evaluation e WHERE e.enterprise_id = OLD.enterprise_id AND e.inspection_id = OLD.id;
    PERFORM inspection_figures_add(OLD, ov, -1, false);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    ov := NULL;
    IF TG_OP = 'UPDATE' THEN
      SELECT e.overall INTO ov FROM inspection_evaluation e WHERE e.enterprise_id = NEW.enterprise_id AND e.inspection_id = NEW.id;
    END IF;
    PERFORM inspection_figures_add(NEW, ov, 1, false);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER inspection_figures_write AFTER INSERT OR DELETE ON inspection
  FOR EACH ROW EXECUTE FUNCTION inspection_figures_trigger();--> statement-breakpoint
CREATE TRIGGER inspection_figures_update AFTER UPDATE ON inspection FOR EACH ROW
  WHEN ((OLD.enterprise_id, OLD.status, OLD.department_ids, OLD.window_start, OLD.kind, OLD.over_frequency, OLD.backfilled,
         OLD.result_late, OLD.result_recorded_at IS NULL)
        IS DISTINCT FROM
        (NEW.enterprise_id, NEW.status, NEW.department_ids, NEW.window_start, NEW.kind, NEW.over_frequency, NEW.backfilled,
         NEW.result_late, NEW.result_recorded_at IS NULL))
  EXECUTE FUNCTION inspection_figures_trigger();--> statement-breakpoint
CREATE FUNCTION inspection_evaluation_figures_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r inspection;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT * INTO r FROM inspection i WHERE i.id = OLD.inspection_id AND i.enterprise_id = OLD.enterprise_id;
    IF FOUND THEN
      PERFORM inspection_figures_add(r, OLD.overall, -1, true);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT * INTO r FROM inspection i WHERE i.id = NEW.inspection_id AND i.enterprise_id = NEW.enterprise_id;
    IF FOUND THEN
      PERFORM inspection_figures_add(r, NEW.overall, 1, true);
    END IF;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER inspection_evaluation_figures AFTER INSERT OR DELETE OR UPDATE OF overall, inspection_id, enterprise_id ON inspection_evaluation
  FOR EACH ROW EXECUTE FUNCTION inspection_evaluation_figures_trigger();--> statement-breakpoint
CREATE FUNCTION signal_figures_add(s supervision_signal, sign integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO signal_day_figures AS f (day, kind, department_id, slot, n, open)
    VALUES (qq_china_day(s.created_at), s.kind, coalesce(s.department_id, '00000000-0000-0000-0000-000000000000'::uuid),
            qq_figures_slot(s.enterprise_id), sign, CASE WHEN s.status = 'open' THEN sign ELSE 0 END)
    ON CONFLICT (day, kind, department_id, slot) DO UPDATE SET n = f.n + excluded.n, open = f.open + excluded.open
$$;--> statement-breakpoint
CREATE FUNCTION signal_figures_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM signal_figures_add(OLD, -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM signal_figures_add(NEW, 1);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER signal_figures_write AFTER INSERT OR DELETE ON supervision_signal
  FOR EACH ROW EXECUTE FUNCTION signal_figures_trigger();--> statement-breakpoint
CREATE TRIGGER signal_figures_update AFTER UPDATE ON supervision_signal FOR EACH ROW
  WHEN ((OLD.status, OLD.kind, OLD.department_id, OLD.created_at, OLD.enterprise_id)
        IS DISTINCT FROM (NEW.status, NEW.kind, NEW.department_id, NEW.created_at, NEW.enterprise_id))
  EXECUTE FUNCTION signal_figures_trigger();--> statement-breakpoint
-- Every figure again from the base tables, set-based: after a bulk load with triggers off, or to check the
-- triggers' work (the tests compare the two).
CREATE FUNCTION qq_figures_rebuild() RETURNS void LANGUAGE plpgsql AS $$
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
      count(*) FILTER (WHERE cardinality(i.department_ids) > 1),
      coalesce(sum(cardinality(i.department_ids) - 1), 0),
      count(*) FILTER (WHERE i.over_frequency),
      count(*) FILTER (WHERE i.result_late),
      count(*) FILTER (WHERE i.kind = 'planned'),
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
