import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Role } from '../platform/auth/schema.js';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { wholeNumberFields } from '../platform/http/whole-number-fields.js';
import { DeniedError, requireUser } from '../platform/policy/policy.js';
import { headlineCounts } from './figures.js';
import { checkupInvitations } from './schema.js';

/**
 * E2 — what the roles that enforce may know of the check-ups: "aggregated counts only". The supervisor, the
 * department administrators and the system administrator read five numbers (firms served, problems found, fixed
 * on the spot, closed, open) — never an enterprise, a date, a note, a finding or a report, and no drill-down.
 * This read is deliberately outside the `/api/checkups/` prefix (the firewall refuses that whole prefix to them);
 * it is safe there because it returns numbers alone, which the firewall walk test checks with every other route.
 */
export const CHECKUP_COUNT_READERS: readonly Role[] = ['supervisor', 'dept_admin', 'admin'];

export const checkupCountsQuery = z.object({
  /** The supervisor and the administrator may narrow to one department; a department administrator sees its own. */
  departmentId: z.uuid().optional(),
});

export const checkupCountsOut = z.object(wholeNumberFields(['firmsServed', 'problemsFound', 'fixedOnSpot', 'closed', 'open']));

export async function checkupCounts(db: Db, ctx: Ctx, query: z.infer<typeof checkupCountsQuery>) {
  const user = requireUser(ctx.actor, CHECKUP_COUNT_READERS);
  let departmentId = query.departmentId;
  if (user.role === 'dept_admin') {
    if (!user.departmentId) throw new DeniedError(403, 'no-department-scope');
    departmentId = user.departmentId;
  }
  return headlineCounts(db, departmentId ? eq(checkupInvitations.departmentId, departmentId) : undefined);
}
