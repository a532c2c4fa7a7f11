import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { assertEnterprise, requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { raiseSignal } from '../supervision/index.js';
import { complaints } from './schema.js';
import { getInspection } from './get-inspection.js';

export const complaintInput = z.object({
  category: z.enum(['no-code', 'unpublished-item', 'misconduct', 'integrity', 'excessive', 'other']),
  content: z.string().trim().min(5).max(5000),
});

/** A8 — a complaint about misconduct during a visit; always a supervision signal. */
export async function complainAboutInspection(db: Db, ctx: Ctx, id: string, input: z.infer<typeof complaintInput>) {
  const actor = requireUser(ctx.actor, ['enterprise']);
  return db.transaction(async (tx) => {
    const { i } = await getInspection(tx, ctx, id);
    assertEnterprise(actor, i.enterpriseId);
    const complaintId = newId();
    await tx.insert(complaints).values({ id: complaintId, enterpriseId: i.enterpriseId, inspectionId: i.id, ...input, userId: actor.userId, createdAt: ctx.now });
    await raiseSignal(tx, ctx.now, { kind: 'complaint', severity: 'high', dedupeKey: `complaint:${complaintId}`, enterpriseId: i.enterpriseId, inspectionId: i.id, departmentId: i.leadDepartmentId, detail: { complaintId, ...input } });
    await recordAudit(tx, ctx, { action: 'inspection.complain', targetType: 'inspection', targetId: i.id, enterpriseId: i.enterpriseId, detail: { complaintId, category: input.category } });
    return { id: complaintId };
  });
}
