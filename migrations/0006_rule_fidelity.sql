ALTER TABLE "credit_penalty" ADD COLUMN "procedure" text DEFAULT 'ordinary' NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_penalty" ADD COLUMN "violation_field" text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_penalty" ADD COLUMN "rule_set_reason" text DEFAULT 'in-force' NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_department_rule_set" ADD COLUMN "minor_publish_reason" text;
