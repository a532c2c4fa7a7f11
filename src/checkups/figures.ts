import { and, count, countDistinct, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { eqIdOrNone } from '../platform/db/eq-id-or-none.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireStaff } from './policy.js';
import { checkupFindings, checkupInvitations, INVITATION_STATUSES } from './schema.js';
import { OPEN_AGE_BUCKETS, openAgeBucket, type OpenAgeBucket } from './rules/open-age.js';

const SERVED = ['visited', 'rectifying', 'closed'] as const;

/**
 * The five headline counts of the check-ups matching `where` (a condition on the invitation, e.g. its
 * department): firms served, problems found, fixed on the spot, closed after a plan, still open. Numbers only.
 */
export async function headlineCounts(db: Db, where: SQL | undefined) {
  const [served] = await db
    .select({ n: countDistinct(checkupInvitations.enterpriseId) })
    .from(checkupInvitations)
    .where(and(where, inArray(checkupInvitations.status, [...SERVED])));
  const findingRows = await db
    .select({ status: checkupFindings.status, n: count() })
    .from(checkupFindings)
    .innerJoin(checkupInvitations, and(eq(checkupInvitations.enterpriseId, checkupFindings.enterpriseId), eq(checkupInvitations.id, checkupFindings.invitationId)))
    .where(and(where, eq(checkupFindings.outcome, 'problem')))
    .groupBy(checkupFindings.status);
  const n = (s: string) => Number(findingRows.find((r) => r.status === s)?.n ?? 0);
  return {
    firmsServed: Number(served?.n ?? 0),
    problemsFound: n('fixed') + n('open') + n('closed'),
    fixedOnSpot: n('fixed'),
    closed: n('closed'),
    open: n('open'),
  };
}

/**
 * E5 figures, live: firms served (visited at least once), problems found, fixed on the spot, closed after a plan,
 * still open by age; invitations by status. Counts only — no text of a check-up.
 */
export async function checkupFigures(db: Db, ctx: Ctx) {
  const user = requireStaff(ctx.actor);
  const inDept = user.role === 'admin' ? undefined : eqIdOrNone(checkupInvitations.departmentId, user.departmentId);
  const headline = await headlineCounts(db, inDept);
  const byStatus = await db.select({ status: checkupInvitations.status, n: count() }).from(checkupInvitations).where(inDept).groupBy(checkupInvitations.status);
  const open = await db
    .select({ createdAt: checkupFindings.createdAt })
    .from(checkupFindings)
    .innerJoin(checkupInvitations, and(eq(checkupInvitations.enterpriseId, checkupFindings.enterpriseId), eq(checkupInvitations.id, checkupFindings.invitationId)))
    .where(and(inDept, eq(checkupFindings.status, 'open')));
  const openByAge = Object.fromEntries(OPEN_AGE_BUCKETS.map((b) => [b.key, 0])) as Record<OpenAgeBucket, number>;
  for (const o of open) openByAge[openAgeBucket(o.createdAt, ctx.now)]++;
  return {
    ...headline,
    openByAge,
    invitationsByStatus: Object.fromEntries(INVITATION_STATUSES.map((s) => [s, Number(byStatus.find((r) => r.status === s)?.n ?? 0)])) as Record<(typeof INVITATION_STATUSES)[number], number>,
  };
}
