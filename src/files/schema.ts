import { pgTable, text, uuid, timestamp, integer, customType, index } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Uploaded files (photos, evidence) kept in the database so every app instance sees them. */
export const storedFiles = pgTable(
  'stored_file',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id'),
    ownerType: text('owner_type').notNull(),
    ownerId: text('owner_id'),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: text('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('stored_file_owner_idx').on(t.ownerType, t.ownerId)],
);
