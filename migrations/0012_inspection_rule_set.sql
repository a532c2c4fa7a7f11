-- Part A's numbers are a versioned rule set (src/inspections/rules/rule-set.ts): every code records the set and
-- version it was issued under. Codes issued before this migration were issued under the built-in `part-a`
-- version 1 (the same numbers, then constants).
ALTER TABLE "inspection" ADD COLUMN "rule_set_id" text NOT NULL DEFAULT 'part-a';--> statement-breakpoint
ALTER TABLE "inspection" ADD COLUMN "rule_set_version" integer NOT NULL DEFAULT 1;--> statement-breakpoint
ALTER TABLE "inspection" ALTER COLUMN "rule_set_id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "inspection" ALTER COLUMN "rule_set_version" DROP DEFAULT;
