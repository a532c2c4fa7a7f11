CREATE TABLE "revisit_draw" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period" text NOT NULL,
	"seed" text NOT NULL,
	"base_ratio" double precision NOT NULL,
	"inputs" jsonb NOT NULL,
	"assignments" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "revisit_draw_period_idx" ON "revisit_draw" USING btree ("period","created_at");
--> statement-breakpoint
CREATE TABLE "revisit" (
	"enterprise_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"draw_id" uuid NOT NULL,
	"period" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"work_team_id" uuid NOT NULL,
	"assigned_team_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"channel" text,
	"questionnaire_version" text,
	"answers" jsonb,
	"satisfied" boolean,
	"comment" text,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"call_record" jsonb,
	"revisited_by" uuid,
	"revisited_at" timestamp with time zone,
	"link_nonce" text,
	"link_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "revisit_enterprise_id_id_pk" PRIMARY KEY("enterprise_id","id")
);
--> statement-breakpoint
CREATE INDEX "revisit_id_idx" ON "revisit" USING btree ("id");
--> statement-breakpoint
CREATE INDEX "revisit_draw_idx" ON "revisit" USING btree ("draw_id");
--> statement-breakpoint
CREATE INDEX "revisit_assigned_idx" ON "revisit" USING btree ("assigned_team_id","status");
--> statement-breakpoint
CREATE INDEX "revisit_period_idx" ON "revisit" USING btree ("period","status");
--> statement-breakpoint
CREATE UNIQUE INDEX "revisit_subject_key" ON "revisit" USING btree ("enterprise_id","period","subject_type","subject_id");
