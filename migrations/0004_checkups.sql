CREATE TABLE "checkup_checklist" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"source" text NOT NULL,
	"items" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "checkup_checklist_version_key" ON "checkup_checklist" USING btree ("version");
--> statement-breakpoint
CREATE TABLE "checkup_campaign" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"target" jsonb NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "checkup_expert" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"department_id" uuid NOT NULL,
	"name" text NOT NULL,
	"fields" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "checkup_expert_department_idx" ON "checkup_expert" USING btree ("department_id");
--> statement-breakpoint
CREATE TABLE "checkup_invitation" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"campaign_id" uuid,
	"channel" text NOT NULL,
	"note" text,
	"preferred_dates" jsonb NOT NULL,
	"status" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"recorded_by" text,
	"expert_id" uuid,
	"liaison_user_id" uuid,
	"visit_at" timestamp with time zone,
	"checklist_id" uuid,
	"visited_at" timestamp with time zone,
	"report_file_id" uuid,
	"report_sha256" text,
	"signed_at" timestamp with time zone,
	"signed_by" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "checkup_invitation_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE INDEX "checkup_invitation_id_idx" ON "checkup_invitation" USING btree ("id");
--> statement-breakpoint
CREATE INDEX "checkup_invitation_queue_idx" ON "checkup_invitation" USING btree ("department_id","status","received_at");
--> statement-breakpoint
CREATE INDEX "checkup_invitation_expert_idx" ON "checkup_invitation" USING btree ("expert_id","status");
--> statement-breakpoint
CREATE INDEX "checkup_invitation_liaison_idx" ON "checkup_invitation" USING btree ("liaison_user_id","status");
--> statement-breakpoint
CREATE TABLE "checkup_finding" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"invitation_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"outcome" text NOT NULL,
	"description" text,
	"basis" text,
	"advice" text,
	"resolution" text,
	"milestones" jsonb NOT NULL,
	"status" text NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"closure_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text,
	CONSTRAINT "checkup_finding_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE INDEX "checkup_finding_invitation_idx" ON "checkup_finding" USING btree ("enterprise_id","invitation_id");
--> statement-breakpoint
CREATE INDEX "checkup_finding_open_idx" ON "checkup_finding" USING btree ("status");
--> statement-breakpoint
CREATE TABLE "checkup_contact" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"invitation_id" uuid NOT NULL,
	"finding_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"note" text NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_name" text NOT NULL,
	CONSTRAINT "checkup_contact_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE INDEX "checkup_contact_invitation_idx" ON "checkup_contact" USING btree ("enterprise_id","invitation_id");
