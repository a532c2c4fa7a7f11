import { eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../platform/db/client.js';
import { departments } from '../organisation/schema.js';
import { enterprises } from '../enterprises/schema.js';
import { signals, supervisionCases } from './schema.js';

/** A case or signal with the names of its enterprise (and its USCC) and department; null where it names none. */
export interface WithNames<R> {
  row: R;
  enterpriseName: string | null;
  uscc: string | null;
  departmentName: string | null;
}

/** Reads cases or signals (`.where` and `.orderBy` to follow) with their names, by left joins. */
export const selectWithNames = <T extends typeof supervisionCases | typeof signals>(db: DbOrTx, table: T) =>
  db
    .select({ row: table, enterpriseName: enterprises.name, uscc: enterprises.uscc, departmentName: departments.name })
    .from(table as PgTable)
    .leftJoin(enterprises, eq(enterprises.id, table.enterpriseId))
    .leftJoin(departments, eq(departments.id, table.departmentId));
