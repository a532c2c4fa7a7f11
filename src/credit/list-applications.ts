import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { eqIdOrNone } from '../platform/db/eq-id-or-none.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { enterprises } from '../enterprises/schema.js';
import { departments } from '../organisation/schema.js';
import { presentApplication, presentPenalty } from './present.js';
import { openApplicationsOf } from './open-applications.js';
import { APPLICATION_STATUSES, penaltyRecords, repairApplications as a } from './schema.js';
import { pageAnswer, paginate, type Paging } from '../platform/http/paging.js';

type Status = (typeof APPLICATION_STATUSES)[number];

/**
 * GET /api/credit/applications — the enterprise's own applications, or the credit officer's queue (by default
 * the open ones, oldest accepted first, with overdue flags).
 */
export async function listApplications(db: Db, ctx: Ctx, f: { status?: Status } & Paging) {
  const user = requireUser(ctx.actor, ['enterprise', 'credit_officer', 'admin', 'supervisor']);
  const conds: SQL[] = [];
  if (user.role === 'enterprise') conds.push(eqIdOrNone(a.enterpriseId, user.enterpriseId));
  if (f.status) conds.push(eq(a.status, f.status));
  else if (user.role !== 'enterprise') conds.push(inArray(a.status, ['pending', 'awaiting-proof']));
  const where = and(...conds);
  const { total, rows: found } = await paginate(f, {
    count: db.select({ n: count() }).from(a).where(where),
    rows: db
      .select({ a, p: penaltyRecords, enterpriseName: enterprises.name, departmentName: departments.name })
      .from(a)
      .innerJoin(penaltyRecords, and(eq(penaltyRecords.enterpriseId, a.enterpriseId), eq(penaltyRecords.id, a.penaltyId)))
      // Joins between co-located tables name the enterprise id, so each shard joins its own rows (no repartition).
      .innerJoin(enterprises, eq(enterprises.id, a.enterpriseId))
      .innerJoin(departments, eq(departments.id, penaltyRecords.departmentId))
      .where(where)
      .orderBy(...(user.role === 'enterprise' ? [desc(a.submittedAt)] : [asc(a.acceptedAt), asc(a.submittedAt)])),
  });
  const open = await openApplicationsOf(db, found.map((r) => r.p));
  return pageAnswer(
    f,
    total,
    found.map((r) => ({ ...presentApplication(r.a, ctx.now), penalty: presentPenalty(r.p, r, { now: ctx.now, open: open.get(r.p.id) ?? null }) })),
  );
}

