import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { users } from '../platform/auth/schema.js';
import { CASE_ANSWERERS } from './access.js';

/** The active users who answer for a department (its dept_admin and officers). */
export async function departmentRecipients(tx: DbOrTx, departmentId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.departmentId, departmentId),
        inArray(users.role, [...CASE_ANSWERERS]),
        eq(users.status, 'active'),
      ),
    );
  return rows.map((r) => r.id);
}

/** Every active supervisor. */
export async function supervisorRecipients(tx: DbOrTx): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'supervisor'), eq(users.status, 'active')));
  return rows.map((r) => r.id);
}
