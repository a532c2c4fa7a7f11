import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The platform's code-signing keys. The active key signs new codes; retired keys still verify old ones
 * (rotation). `privateKey` is PKCS#8 PEM (Ed25519) or hex (SM2), encrypted when QINQING_KEY_SECRET is set.
 */
export const signingKeys = pgTable('signing_key', {
  kid: text('kid').primaryKey(),
  algorithm: text('algorithm', { enum: ['ed25519', 'sm2'] }).notNull(),
  publicKey: text('public_key').notNull(),
  privateKey: text('private_key').notNull(),
  status: text('status', { enum: ['active', 'retired'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});
