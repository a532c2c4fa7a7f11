-- D4 inspection service records: looked up by the enterprise's inspection (the distribution column first) and by department.
DROP INDEX IF EXISTS "drug_service_record_inspection_idx";--> statement-breakpoint
CREATE INDEX "drug_service_record_inspection_idx" ON "drug_service_record" USING btree ("enterprise_id","inspection_id");--> statement-breakpoint
CREATE INDEX "drug_service_record_department_idx" ON "drug_service_record" USING btree ("department_id","recorded_at");--> statement-breakpoint
ALTER TABLE "drug_service_record" ADD COLUMN "minutes" integer;--> statement-breakpoint
ALTER TABLE "drug_service_record" ADD COLUMN "attendees" integer;--> statement-breakpoint
ALTER TABLE "drug_service_record" ADD COLUMN "recorded_by_name" text;--> statement-breakpoint
-- D5 explained decisions: the challenge text is computed from a versioned rule set, not stored; nothing wrote this table before.
ALTER TABLE "drug_decision_explanation" DROP COLUMN "challenge";--> statement-breakpoint
ALTER TABLE "drug_decision_explanation" ADD COLUMN "department_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "drug_decision_explanation" ADD COLUMN "served_on" date NOT NULL;--> statement-breakpoint
ALTER TABLE "drug_decision_explanation" ADD COLUMN "review_body" text NOT NULL;--> statement-breakpoint
ALTER TABLE "drug_decision_explanation" ADD COLUMN "court" text NOT NULL;--> statement-breakpoint
ALTER TABLE "drug_decision_explanation" ADD COLUMN "created_at" timestamp with time zone NOT NULL;--> statement-breakpoint
CREATE INDEX "drug_decision_explanation_department_idx" ON "drug_decision_explanation" USING btree ("department_id");--> statement-breakpoint
-- D6 回头看: a survey (the form a department sends) and one form row per enterprise it reached; nothing wrote the form table before.
CREATE TABLE "drug_followup_survey" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"intro" text,
	"questions" jsonb NOT NULL,
	"target" jsonb NOT NULL,
	"recipients" integer NOT NULL,
	"created_by" uuid,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "drug_followup_survey_department_idx" ON "drug_followup_survey" USING btree ("department_id","sent_at");--> statement-breakpoint
ALTER TABLE "drug_followup_form" DROP COLUMN "subject";--> statement-breakpoint
ALTER TABLE "drug_followup_form" DROP COLUMN "questions";--> statement-breakpoint
ALTER TABLE "drug_followup_form" ADD COLUMN "survey_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "drug_followup_form" ADD COLUMN "answered_by" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "drug_followup_form_survey_key" ON "drug_followup_form" USING btree ("enterprise_id","survey_id");--> statement-breakpoint
CREATE INDEX "drug_followup_form_survey_idx" ON "drug_followup_form" USING btree ("survey_id");--> statement-breakpoint
-- D6 typical cases: drafts (no number, invisible to the public) and batches numbered 第N批 per department and year at publication.
ALTER TABLE "drug_typical_case_batch" DROP CONSTRAINT "drug_typical_case_batch_batch_no_unique";--> statement-breakpoint
ALTER TABLE "drug_typical_case_batch" ALTER COLUMN "batch_no" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "drug_typical_case_batch" ALTER COLUMN "published" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "drug_typical_case_batch" ALTER COLUMN "published_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "drug_typical_case_batch" ADD COLUMN "year" integer;--> statement-breakpoint
ALTER TABLE "drug_typical_case_batch" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "drug_typical_case_batch" ADD COLUMN "created_at" timestamp with time zone;--> statement-breakpoint
UPDATE "drug_typical_case_batch" SET "created_at" = coalesce("published_at", now()), "year" = CASE WHEN "published" THEN extract(year FROM "published_at" AT TIME ZONE 'Asia/Shanghai')::int END;--> statement-breakpoint
ALTER TABLE "drug_typical_case_batch" ALTER COLUMN "created_at" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "drug_typical_case_batch_no_key" ON "drug_typical_case_batch" USING btree ("department_id","year","batch_no");--> statement-breakpoint
CREATE INDEX "drug_typical_case_batch_published_idx" ON "drug_typical_case_batch" USING btree ("published_at") WHERE published;
