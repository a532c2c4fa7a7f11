CREATE TABLE "drug_licence_kind" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"category" text NOT NULL,
	"reminder_windows" integer[] NOT NULL,
	"renewal_lead_days" integer NOT NULL,
	"renewal_basis" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
INSERT INTO "drug_licence_kind" VALUES
	('drug-retail', '药品经营许可证（零售）', 'Drug operation licence (retail)', 'drugs', '{180,90,30}', 60, '《药品经营和使用质量监督管理办法》第二十条：有效期届满前六个月至两个月期间申请重新审查发证', now()),
	('drug-wholesale', '药品经营许可证（批发）', 'Drug operation licence (wholesale)', 'drugs', '{180,90,30}', 60, '《药品经营和使用质量监督管理办法》第二十条：有效期届满前六个月至两个月期间申请重新审查发证', now()),
	('drug-manufacturing', '药品生产许可证', 'Drug manufacturing licence', 'drugs', '{180,90,30}', 180, '《药品生产监督管理办法》第十九条：有效期届满前六个月申请重新发放', now()),
	('medical-device-operation', '第三类医疗器械经营许可证', 'Medical device operation licence (class III)', 'medical-devices', '{180,90,30}', 42, '《医疗器械经营监督管理办法》第十八条：有效期届满前九十个工作日至三十个工作日期间提出延续申请（约42个自然日）', now()),
	('medical-device-production', '医疗器械生产许可证', 'Medical device production licence', 'medical-devices', '{180,90,30}', 42, '《医疗器械生产监督管理办法》第十九条：有效期届满前九十个工作日至三十个工作日期间提出延续申请（约42个自然日）', now()),
	('cosmetics-production', '化妆品生产许可证', 'Cosmetics production licence', 'cosmetics', '{180,90,30}', 42, '《化妆品生产经营监督管理办法》第十九条：有效期届满前九十个工作日至三十个工作日期间提出延续申请（约42个自然日）', now());
--> statement-breakpoint
CREATE TABLE "drug_licence" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"holder_uscc" text NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"scope" text,
	"issuing_department_id" uuid,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"successor_id" uuid,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"source" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "drug_licence_enterprise_id_id_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE INDEX "drug_licence_sweep_idx" ON "drug_licence" USING btree ("kind","valid_until") WHERE status IN ('valid', 'suspended');--> statement-breakpoint
CREATE INDEX "drug_licence_valid_until_idx" ON "drug_licence" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "drug_licence_holder_idx" ON "drug_licence" USING btree ("holder_uscc");--> statement-breakpoint
CREATE TABLE "drug_licence_number" (
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"licence_id" uuid NOT NULL,
	CONSTRAINT "drug_licence_number_kind_number_pk" PRIMARY KEY("kind","number")
);
--> statement-breakpoint
CREATE TABLE "drug_licence_reminder" (
	"enterprise_id" uuid NOT NULL,
	"licence_id" uuid NOT NULL,
	"window_days" integer NOT NULL,
	"valid_until" date NOT NULL,
	"apply_by" date NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "drug_licence_reminder_enterprise_id_licence_id_window_days_pk" PRIMARY KEY("enterprise_id","licence_id","window_days")
);
--> statement-breakpoint
CREATE INDEX "drug_licence_reminder_sent_idx" ON "drug_licence_reminder" USING btree ("sent_at");--> statement-breakpoint
CREATE TABLE "drug_warning" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid,
	"kind" text NOT NULL,
	"topic" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"attachment_ids" uuid[] NOT NULL,
	"target" jsonb NOT NULL,
	"recipients" integer NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE INDEX "drug_warning_published_idx" ON "drug_warning" USING btree ("published_at");--> statement-breakpoint
CREATE TABLE "drug_warning_recipient" (
	"enterprise_id" uuid NOT NULL,
	"warning_id" uuid NOT NULL,
	"delivered_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"read_by" uuid,
	CONSTRAINT "drug_warning_recipient_enterprise_id_warning_id_pk" PRIMARY KEY("enterprise_id","warning_id")
);
--> statement-breakpoint
CREATE INDEX "drug_warning_recipient_warning_idx" ON "drug_warning_recipient" USING btree ("warning_id");--> statement-breakpoint
CREATE TABLE "drug_compliance_notice" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"notice_no" text NOT NULL,
	"industry" text NOT NULL,
	"template_version" integer NOT NULL,
	"cause" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"print_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "drug_compliance_notice_enterprise_id_id_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE TABLE "drug_service_record" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"questions" jsonb NOT NULL,
	"content" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "drug_service_record_enterprise_id_id_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE INDEX "drug_service_record_inspection_idx" ON "drug_service_record" USING btree ("inspection_id");--> statement-breakpoint
CREATE TABLE "drug_decision_explanation" (
	"enterprise_id" uuid NOT NULL,
	"penalty_id" uuid NOT NULL,
	"facts" text NOT NULL,
	"provision" text NOT NULL,
	"standard" text NOT NULL,
	"discretion" text NOT NULL,
	"challenge" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "drug_decision_explanation_enterprise_id_penalty_id_pk" PRIMARY KEY("enterprise_id","penalty_id")
);
--> statement-breakpoint
CREATE TABLE "drug_rectification" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text,
	"title" text NOT NULL,
	"requirement" text NOT NULL,
	"deadline" date NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"overdue_signalled_at" timestamp with time zone,
	CONSTRAINT "drug_rectification_enterprise_id_id_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE INDEX "drug_rectification_open_idx" ON "drug_rectification" USING btree ("deadline") WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX "drug_rectification_department_idx" ON "drug_rectification" USING btree ("department_id","created_at");--> statement-breakpoint
CREATE TABLE "drug_rectification_event" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"rectification_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text NOT NULL,
	"file_ids" uuid[] NOT NULL,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "drug_rectification_event_enterprise_id_id_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE INDEX "drug_rectification_event_item_idx" ON "drug_rectification_event" USING btree ("enterprise_id","rectification_id");--> statement-breakpoint
CREATE TABLE "drug_followup_form" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"questions" jsonb NOT NULL,
	"answers" jsonb,
	"sent_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "drug_followup_form_enterprise_id_id_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE INDEX "drug_followup_form_department_idx" ON "drug_followup_form" USING btree ("department_id","sent_at");--> statement-breakpoint
CREATE TABLE "drug_typical_case_batch" (
	"id" uuid PRIMARY KEY NOT NULL,
	"batch_no" integer NOT NULL,
	"title" text NOT NULL,
	"department_id" uuid,
	"cases" jsonb NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "drug_typical_case_batch_batch_no_unique" UNIQUE("batch_no")
);
