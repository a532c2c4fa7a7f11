CREATE TABLE "audit_seal" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"chain_id" uuid NOT NULL,
	"head_hash" text NOT NULL,
	"row_count" bigint NOT NULL,
	"sealed_at" timestamp with time zone NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL
);
