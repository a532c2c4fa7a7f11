import { eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** A uuid no row has: what a condition on a missing id compares with, so that it matches nothing. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';

/** The rows whose `column` is `id`; none when there is no id (a user without a department or enterprise). */
export const eqIdOrNone = (column: PgColumn, id: string | null | undefined): SQL => eq(column, id ?? NO_ID);
