import { pgTable, text, uuid, timestamp, bigint, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * H4 — the audit log. A row is written inside the transaction of the act it records (so it exists exactly when
 * the act does) with no sequence number; the sealer later gives rows their place in the SM3 hash chain
 * (`seq`, `prevHash`, `hash`) in one ordered pass, so writers never wait on a global chain lock.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorType: text('actor_type', { enum: ['user', 'integration', 'anonymous', 'system'] }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    role: text('role'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    enterpriseId: uuid('enterprise_id'),
    requestId: text('request_id'),
    outcome: text('outcome', { enum: ['ok', 'denied', 'failed'] }).notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    ip: text('ip'),
    seq: bigint('seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    uniqueIndex('audit_log_seq_key').on(t.seq),
    index('audit_log_unsealed_idx').on(t.at, t.id).where(sql`seq IS NULL`),
    index('audit_log_target_idx').on(t.targetType, t.targetId),
    index('audit_log_enterprise_idx').on(t.enterpriseId),
  ],
);

/**
 * H4 — signed seals of the audit chain (anchor.ts): one per sealing batch, naming the head it sealed. The
 * signature is made with a key outside the database, so a row here can be deleted but never forged or altered.
 */
export const auditSeal = pgTable('audit_seal', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  chainId: uuid('chain_id').notNull(),
  headHash: text('head_hash').notNull(),
  rowCount: bigint('row_count', { mode: 'number' }).notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
});
