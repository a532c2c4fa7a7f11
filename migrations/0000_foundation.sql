CREATE SEQUENCE "public"."supervision_case_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "api_client" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"scopes" text[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_client_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"department_id" uuid,
	"team_id" uuid,
	"enterprise_id" uuid,
	"phone" text,
	"status" text DEFAULT 'active' NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_user_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"role" text,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"enterprise_id" uuid,
	"request_id" text,
	"outcome" text NOT NULL,
	"detail" jsonb,
	"ip" text,
	"seq" bigint,
	"prev_hash" text,
	"hash" text
);
--> statement-breakpoint
CREATE TABLE "job_run" (
	"id" uuid PRIMARY KEY NOT NULL,
	"job_name" text NOT NULL,
	"trigger" text NOT NULL,
	"slot_at" timestamp with time zone,
	"runner" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"status" text NOT NULL,
	"error" text,
	"result" jsonb
);
--> statement-breakpoint
CREATE TABLE "job" (
	"name" text PRIMARY KEY NOT NULL,
	"schedule" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_status" text,
	"last_error" text,
	"last_finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"destination" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload" jsonb NOT NULL,
	"enterprise_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 12 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "department" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"field" text NOT NULL,
	"kind" text NOT NULL,
	"division_code" text NOT NULL,
	CONSTRAINT "department_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "division" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
CREATE TABLE "officer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"department_id" uuid NOT NULL,
	"team_id" uuid,
	"name" text NOT NULL,
	"certificate_no" text NOT NULL,
	"certificate_fields" text[] NOT NULL,
	"certificate_valid_from" date NOT NULL,
	"certificate_valid_until" date NOT NULL,
	"certificate_status" text DEFAULT 'active' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officer_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "officer_certificate_no_unique" UNIQUE("certificate_no")
);
--> statement-breakpoint
CREATE TABLE "team" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise" (
	"id" uuid PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"legal_representative" text NOT NULL,
	"address" text NOT NULL,
	"division_code" text NOT NULL,
	"industry" text NOT NULL,
	"above_designated_size" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"registered_on" date,
	"phone" text,
	"uscc_override" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"legal_basis" text NOT NULL,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_scenario_item" (
	"scenario_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "joint_scenario_item_scenario_id_item_id_pk" PRIMARY KEY("scenario_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "joint_scenario" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"industry" text NOT NULL,
	"description" text,
	"published" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_scenario_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "inspection_complaint" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"category" text NOT NULL,
	"content" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_evaluation" (
	"enterprise_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"overall" smallint NOT NULL,
	"conduct" smallint NOT NULL,
	"integrity" smallint NOT NULL,
	"efficiency" smallint NOT NULL,
	"service" smallint NOT NULL,
	"comment" text,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspection_evaluation_enterprise_id_inspection_id_pk" PRIMARY KEY("enterprise_id","inspection_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_cap" (
	"department_id" uuid PRIMARY KEY NOT NULL,
	"annual_cap" integer,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"trigger" text,
	"random_draw_id" uuid,
	"lead_department_id" uuid NOT NULL,
	"department_ids" uuid[] NOT NULL,
	"item_ids" uuid[] NOT NULL,
	"officer_ids" uuid[] NOT NULL,
	"scenario_id" uuid,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"code_version" integer DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"applied_by" uuid NOT NULL,
	"approved_by" uuid NOT NULL,
	"over_frequency" boolean DEFAULT false NOT NULL,
	"backfilled" boolean DEFAULT false NOT NULL,
	"merged_count" integer DEFAULT 0 NOT NULL,
	"result_due_at" timestamp with time zone NOT NULL,
	"result" jsonb,
	"result_recorded_at" timestamp with time zone,
	"result_late" boolean DEFAULT false NOT NULL,
	"arrival_confirmed_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "random_draw" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"seed" text NOT NULL,
	"filter" jsonb NOT NULL,
	"ratio" text NOT NULL,
	"population" integer NOT NULL,
	"enterprise_ids" uuid[] NOT NULL,
	"assignments" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_signal" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"severity" text NOT NULL,
	"enterprise_id" uuid,
	"inspection_id" uuid,
	"department_id" uuid,
	"dedupe_key" text NOT NULL,
	"detail" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"case_id" uuid,
	"dismiss_reason" text,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_case_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"text" text,
	"file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"detail" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_case" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_no" text NOT NULL,
	"source" text NOT NULL,
	"signal_kinds" text[] NOT NULL,
	"enterprise_id" uuid,
	"inspection_id" uuid,
	"department_id" uuid NOT NULL,
	"title" text NOT NULL,
	"instructions" text NOT NULL,
	"working_days" integer NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" uuid NOT NULL,
	"due_day" date NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answered_at" timestamp with time zone,
	"answer_count" integer DEFAULT 0 NOT NULL,
	"return_count" integer DEFAULT 0 NOT NULL,
	"completed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_on_time" boolean,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotline_ticket" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_no" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"content" text NOT NULL,
	"category" text,
	"enterprise_uscc" text,
	"enterprise_name" text,
	"caller_phone" text,
	"enterprise_id" uuid,
	"matched_by" text,
	"match_status" text NOT NULL,
	"enforcement_related" boolean DEFAULT false NOT NULL,
	"signal_id" uuid,
	"channel" text NOT NULL,
	"received_by" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_day" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_contact" (
	"user_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notification_contact_user_id_channel_pk" PRIMARY KEY("user_id","channel")
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"target_type" text,
	"target_id" text,
	"link" text,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stored_file" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid,
	"owner_type" text NOT NULL,
	"owner_id" text,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_key" (
	"kid" text PRIMARY KEY NOT NULL,
	"algorithm" text NOT NULL,
	"public_key" text NOT NULL,
	"private_key" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "credit_department_rule_set" (
	"department_id" uuid PRIMARY KEY NOT NULL,
	"rule_set_code" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "credit_rule_set" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "credit_decision_key" (
	"department_id" uuid NOT NULL,
	"decision_no" text NOT NULL,
	"penalty_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	CONSTRAINT "credit_decision_key_pkey" PRIMARY KEY("department_id","decision_no")
);
--> statement-breakpoint
CREATE TABLE "credit_penalty" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"uscc" text NOT NULL,
	"department_id" uuid NOT NULL,
	"decision_no" text NOT NULL,
	"decision_date" date NOT NULL,
	"kinds" text[] NOT NULL,
	"fine_amount" numeric(14, 2),
	"severity" text NOT NULL,
	"severity_given" boolean DEFAULT false NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"publicity_class" text NOT NULL,
	"publicity_start" date,
	"min_end" date,
	"max_end" date,
	"auto_repair" boolean NOT NULL,
	"duties_fulfilled_on" date,
	"payment_checked_at" timestamp with time zone,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"invited_at" timestamp with time zone,
	"repaired_at" timestamp with time zone,
	"repaired_how" text,
	"repair_application_id" uuid,
	"expired_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_application" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"penalty_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"status" text NOT NULL,
	"proofs" jsonb NOT NULL,
	"checks" jsonb NOT NULL,
	"commitment" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" text NOT NULL,
	"accepted_at" timestamp with time zone,
	"review_due_on" date,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"reason" text
);
--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "app_user_enterprise_idx" ON "app_user" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_seq_key" ON "audit_log" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "audit_log_unsealed_idx" ON "audit_log" USING btree ("at","id") WHERE seq IS NULL;--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "audit_log_enterprise_idx" ON "audit_log" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "job_run_job_idx" ON "job_run" USING btree ("job_name","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_idempotency_key" ON "outbox" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_topic_idx" ON "outbox" USING btree ("topic","status");--> statement-breakpoint
CREATE INDEX "officer_department_idx" ON "officer" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "team_department_idx" ON "team" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_uscc_key" ON "enterprise" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "enterprise_name_idx" ON "enterprise" USING btree ("name");--> statement-breakpoint
CREATE INDEX "enterprise_division_idx" ON "enterprise" USING btree ("division_code","industry");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_item_dept_code_key" ON "inspection_item" USING btree ("department_id","code");--> statement-breakpoint
CREATE INDEX "inspection_item_published_idx" ON "inspection_item" USING btree ("published");--> statement-breakpoint
CREATE INDEX "joint_scenario_item_item_idx" ON "joint_scenario_item" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "inspection_complaint_inspection_idx" ON "inspection_complaint" USING btree ("enterprise_id","inspection_id");--> statement-breakpoint
CREATE INDEX "inspection_enterprise_start_idx" ON "inspection" USING btree ("enterprise_id","window_start");--> statement-breakpoint
CREATE INDEX "inspection_window_start_idx" ON "inspection" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "inspection_lead_department_idx" ON "inspection" USING btree ("lead_department_id","created_at");--> statement-breakpoint
CREATE INDEX "inspection_result_due_idx" ON "inspection" USING btree ("result_due_at") WHERE result_recorded_at IS NULL AND status = 'issued';--> statement-breakpoint
CREATE INDEX "inspection_departments_gin" ON "inspection" USING gin ("department_ids");--> statement-breakpoint
CREATE INDEX "inspection_officers_gin" ON "inspection" USING gin ("officer_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_signal_dedupe_key" ON "supervision_signal" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "supervision_signal_status_idx" ON "supervision_signal" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "supervision_signal_kind_idx" ON "supervision_signal" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "supervision_signal_enterprise_idx" ON "supervision_signal" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "supervision_signal_department_idx" ON "supervision_signal" USING btree ("department_id","created_at");--> statement-breakpoint
CREATE INDEX "supervision_signal_case_idx" ON "supervision_signal" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "supervision_case_event_case_idx" ON "supervision_case_event" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_case_no_key" ON "supervision_case" USING btree ("case_no");--> statement-breakpoint
CREATE INDEX "supervision_case_department_idx" ON "supervision_case" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "supervision_case_opened_idx" ON "supervision_case" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "supervision_case_enterprise_idx" ON "supervision_case" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "supervision_case_due_idx" ON "supervision_case" USING btree ("due_at") WHERE status IN ('open', 'returned');--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_ticket_no_key" ON "hotline_ticket" USING btree ("ticket_no");--> statement-breakpoint
CREATE INDEX "hotline_ticket_match_idx" ON "hotline_ticket" USING btree ("match_status","received_at");--> statement-breakpoint
CREATE INDEX "hotline_ticket_enterprise_idx" ON "hotline_ticket" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "hotline_ticket_received_idx" ON "hotline_ticket" USING btree ("received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_user_dedupe_key" ON "notification" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "stored_file_owner_idx" ON "stored_file" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_rule_set_version_key" ON "credit_rule_set" USING btree ("code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_penalty_decision_key" ON "credit_penalty" USING btree ("enterprise_id","department_id","decision_no");--> statement-breakpoint
CREATE INDEX "credit_penalty_department_idx" ON "credit_penalty" USING btree ("department_id","decision_date");--> statement-breakpoint
CREATE INDEX "credit_penalty_auto_repair_idx" ON "credit_penalty" USING btree ("min_end") WHERE status = 'published' AND auto_repair;--> statement-breakpoint
CREATE INDEX "credit_penalty_expiry_idx" ON "credit_penalty" USING btree ("max_end") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "credit_penalty_repaired_idx" ON "credit_penalty" USING btree ("repaired_at") WHERE status = 'repaired';--> statement-breakpoint
CREATE UNIQUE INDEX "credit_application_open_key" ON "credit_application" USING btree ("enterprise_id","penalty_id") WHERE status IN ('awaiting-proof', 'pending');--> statement-breakpoint
CREATE INDEX "credit_application_enterprise_idx" ON "credit_application" USING btree ("enterprise_id","submitted_at");--> statement-breakpoint
CREATE INDEX "credit_application_queue_idx" ON "credit_application" USING btree ("status","accepted_at");--> statement-breakpoint
CREATE INDEX "credit_application_decided_idx" ON "credit_application" USING btree ("decided_at") WHERE decided_at IS NOT NULL;