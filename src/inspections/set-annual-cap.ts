import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { assertDepartment, requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { inspectionCaps } from './schema.js';
import { departments } from '../organisation/schema.js';
import { AppError } from '../platform/errors/app-error.js';
import { eq } from 'drizzle-orm';
import { announceChange } from '../platform/changes/change-feed.js';

/**
 * RULES.md — a department publishes its annual cap of planned inspections per enterprise (null = no cap, the
 * default). Its own administrator or a system administrator sets it; audited.
 */
export async function setAnnualCap(db: Db, ctx: Ctx, departmentId: string, annualCap: number | null) {
  requireUser(ctx.actor, ['dept_admin', 'admin']);
  assertDepartment(ctx.actor, departmentId);
  await db.transaction(async (tx) => {
    const [dept] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
    if (!dept) throw new AppError(404, 'not-found');
    await tx
      .insert(inspectionCaps)
      .values({ departmentId, annualCap, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: inspectionCaps.departmentId, set: { annualCap, updatedAt: ctx.now } });
    await announceChange(tx, 'inspection-cap', departmentId);
    await recordAudit(tx, ctx, { action: 'inspection.set-annual-cap', targetType: 'department', targetId: departmentId, detail: { annualCap } });
  });
  return { departmentId, annualCap };
}
