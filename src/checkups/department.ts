import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import { departments } from '../organisation/schema.js';

/** The environmental department that runs check-ups (the department of the `ecology` field). */
export async function checkupDepartmentId(db: DbOrTx): Promise<string> {
  const [d] = await db.select({ id: departments.id }).from(departments).where(eq(departments.field, 'ecology')).orderBy(asc(departments.code)).limit(1);
  if (!d) throw new AppError(409, 'checkup-no-department');
  return d.id;
}
