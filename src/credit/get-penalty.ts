import { desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { deliveriesOf } from './deliveries.js';
import { loadPenalty } from './load-penalty.js';
import { presentApplication, presentPenalty } from './present.js';
import { repairNotice } from './repair-notice.js';
import { repairApplications } from './schema.js';
import { openStatus } from './open-applications.js';

/** GET /api/credit/penalties/:id — the record, its rule set, notice, applications and deliveries (in scope). */
export async function getPenalty(db: Db, ctx: Ctx, id: string) {
  const p = await loadPenalty(db, ctx, id);
  // A penalty record is personal and decides credit: every detail read is audited (issue #10 item 13).
  await recordAudit(db, ctx, { action: 'credit.penalty.view', targetType: 'credit_penalty', targetId: id, enterpriseId: p.record.enterpriseId });
  const apps = await db.select().from(repairApplications).where(eq(repairApplications.penaltyId, id)).orderBy(desc(repairApplications.submittedAt));
  return {
    penalty: presentPenalty(p.record, { departmentName: p.department.name, enterpriseName: p.enterprise.name }, { now: ctx.now, open: openStatus(apps) }),
    ruleSet: { id: p.ruleSet.id, code: p.ruleSet.code, version: p.ruleSet.version, name: p.ruleSet.rules.name },
    notice: repairNotice(p, ctx.locale),
    applications: apps.map((a) => presentApplication(a, ctx.now)),
    deliveries: await deliveriesOf(db, [id], ctx.locale),
  };
}

