-- Keys a sharded cluster can keep (docs/DEPLOYMENT.md, "Citus"): every table of one enterprise's data has a
-- primary key that starts with enterprise_id, so Citus can distribute it by enterprise_id co-located with
-- `enterprise` (distributed by its id). Lookups by id alone keep an index of their own.
ALTER TABLE "inspection" DROP CONSTRAINT "inspection_pkey";--> statement-breakpoint
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_pkey" PRIMARY KEY ("enterprise_id", "id");--> statement-breakpoint
CREATE INDEX "inspection_id_idx" ON "inspection" USING btree ("id");--> statement-breakpoint
ALTER TABLE "inspection_complaint" DROP CONSTRAINT "inspection_complaint_pkey";--> statement-breakpoint
ALTER TABLE "inspection_complaint" ADD CONSTRAINT "inspection_complaint_pkey" PRIMARY KEY ("enterprise_id", "id");--> statement-breakpoint
CREATE INDEX "inspection_complaint_id_idx" ON "inspection_complaint" USING btree ("id");--> statement-breakpoint
ALTER TABLE "credit_penalty" DROP CONSTRAINT "credit_penalty_pkey";--> statement-breakpoint
ALTER TABLE "credit_penalty" ADD CONSTRAINT "credit_penalty_pkey" PRIMARY KEY ("enterprise_id", "id");--> statement-breakpoint
CREATE INDEX "credit_penalty_id_idx" ON "credit_penalty" USING btree ("id");--> statement-breakpoint
ALTER TABLE "credit_application" DROP CONSTRAINT "credit_application_pkey";--> statement-breakpoint
ALTER TABLE "credit_application" ADD CONSTRAINT "credit_application_pkey" PRIMARY KEY ("enterprise_id", "id");--> statement-breakpoint
CREATE INDEX "credit_application_id_idx" ON "credit_application" USING btree ("id");--> statement-breakpoint
-- A person's notifications are distributed by the person (user_id), not by enterprise.
ALTER TABLE "notification" DROP CONSTRAINT "notification_pkey";--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_pkey" PRIMARY KEY ("user_id", "id");--> statement-breakpoint
CREATE INDEX "notification_id_idx" ON "notification" USING btree ("id");--> statement-breakpoint
-- A USCC is unique in the province. The enterprise table is distributed by id and cannot hold a unique index
-- on uscc, so the registry of USCCs is a table of its own (distributed by uscc on Citus): a registration claims
-- its USCC here first (INSERT … ON CONFLICT DO NOTHING), so two simultaneous registrations yield one enterprise.
CREATE TABLE "enterprise_uscc" (
	"uscc" text PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL
);--> statement-breakpoint
INSERT INTO "enterprise_uscc" ("uscc", "enterprise_id") SELECT "uscc", "id" FROM "enterprise";--> statement-breakpoint
DROP INDEX "enterprise_uscc_key";--> statement-breakpoint
CREATE INDEX "enterprise_uscc_idx" ON "enterprise" USING btree ("uscc");
