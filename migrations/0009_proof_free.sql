CREATE TABLE "proof_service_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "proof_service_item_code_key" ON "proof_service_item" USING btree ("code");--> statement-breakpoint
CREATE INDEX "proof_service_item_department_idx" ON "proof_service_item" USING btree ("department_id");--> statement-breakpoint
CREATE TABLE "proof_material" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"name" text NOT NULL,
	"rule" text NOT NULL,
	"basis" text NOT NULL,
	"proof_kind" text,
	"exempt_since" date,
	"commitment_allowed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "proof_material_item_name_key" ON "proof_material" USING btree ("item_id","name");--> statement-breakpoint
CREATE TABLE "proof_interface" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"owner_name" text NOT NULL,
	"data_kinds" text[] NOT NULL,
	"endpoint" text NOT NULL,
	"region" text NOT NULL,
	"status" text NOT NULL,
	"agreed_response_ms" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "proof_interface_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "proof_kind" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"proves" text NOT NULL,
	"interface_id" uuid,
	"dataset" text NOT NULL,
	"legal_basis" text NOT NULL,
	"holding_department_id" uuid
);
--> statement-breakpoint
CREATE TABLE "proof_connector_call" (
	"id" uuid PRIMARY KEY NOT NULL,
	"interface_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"outcome" text NOT NULL,
	"http_status" integer,
	"error" text
);
--> statement-breakpoint
CREATE INDEX "proof_connector_call_interface_idx" ON "proof_connector_call" USING btree ("interface_id","at");--> statement-breakpoint
CREATE TABLE "proof_verification" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proof_kind" text NOT NULL,
	"applicant_hash" text NOT NULL,
	"applicant_masked" text NOT NULL,
	"channel" text NOT NULL,
	"identity_ref" text,
	"consent" jsonb NOT NULL,
	"interface_id" uuid NOT NULL,
	"source" text NOT NULL,
	"region" text NOT NULL,
	"result" text NOT NULL,
	"detail" jsonb,
	"legal_basis" text NOT NULL,
	"officer_user_id" uuid NOT NULL,
	"officer_name" text NOT NULL,
	"department_id" uuid,
	"checked_at" timestamp with time zone NOT NULL,
	"receipt_token" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "proof_verification_receipt_key" ON "proof_verification" USING btree ("receipt_token");--> statement-breakpoint
CREATE INDEX "proof_verification_applicant_idx" ON "proof_verification" USING btree ("applicant_hash","checked_at");--> statement-breakpoint
CREATE INDEX "proof_verification_checked_idx" ON "proof_verification" USING btree ("checked_at");--> statement-breakpoint
CREATE TABLE "proof_assist" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proof_kind" text NOT NULL,
	"applicant_hash" text NOT NULL,
	"applicant_masked" text NOT NULL,
	"question" text NOT NULL,
	"requesting_department_id" uuid,
	"requested_by" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"holding_department_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"working_days" integer NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"answer" text,
	"evidence" text,
	"evidence_file_id" uuid,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"answered_by_name" text,
	"on_time" boolean,
	"reminders" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "proof_assist_holding_idx" ON "proof_assist" USING btree ("holding_department_id","status");--> statement-breakpoint
CREATE INDEX "proof_assist_due_idx" ON "proof_assist" USING btree ("status","due_on");--> statement-breakpoint
CREATE TABLE "proof_commitment" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"uscc" text NOT NULL,
	"material_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"statement" text NOT NULL,
	"signer_name" text NOT NULL,
	"sign_method" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"status" text NOT NULL,
	"spot_check_id" uuid,
	"checked_at" timestamp with time zone,
	"checked_by" uuid,
	"check_method" text,
	"check_note" text,
	"penalty_id" uuid,
	CONSTRAINT "proof_commitment_enterprise_id_id_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE INDEX "proof_commitment_status_idx" ON "proof_commitment" USING btree ("status","signed_at");--> statement-breakpoint
CREATE TABLE "proof_spot_check" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ratio" real NOT NULL,
	"seed" integer NOT NULL,
	"population" integer NOT NULL,
	"selected" jsonb NOT NULL,
	"drawn_at" timestamp with time zone NOT NULL,
	"drawn_by" uuid NOT NULL
);
