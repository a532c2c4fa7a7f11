import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { requireStaff, VISIT_ROLES } from './policy.js';
import { assertStatus, loadInvitation, lockInvitation } from './load-invitation.js';
import { checkupChecklists, checkupFindings, checkupInvitations } from './schema.js';
import { uncheckedItems } from './rules/checklist.js';

/** E3 "一查清" — the visit ends when every item of the checklist has a result. */
export async function completeVisit(db: Db, ctx: Ctx, id: string) {
  requireStaff(ctx.actor, VISIT_ROLES);
  const inv = await loadInvitation(db, ctx, id);
  return db.transaction(async (tx) => {
    const cur = await lockInvitation(tx, inv);
    assertStatus(cur, ['scheduled']);
    const [checklist] = await tx.select().from(checkupChecklists).where(eq(checkupChecklists.id, cur.checklistId!));
    const checked = await tx
      .select({ code: checkupFindings.itemCode })
      .from(checkupFindings)
      .where(and(eq(checkupFindings.enterpriseId, cur.enterpriseId), eq(checkupFindings.invitationId, cur.id)));
    const left = uncheckedItems(checklist!.items, checked.map((c) => c.code));
    if (left.length) throw new AppError(422, 'checkup-items-unchecked', { items: left.join(', ') }, { unchecked: left });
    await tx
      .update(checkupInvitations)
      .set({ status: 'visited', visitedAt: ctx.now })
      .where(and(eq(checkupInvitations.enterpriseId, cur.enterpriseId), eq(checkupInvitations.id, cur.id)));
    await recordAudit(tx, ctx, { action: 'checkups.visit.complete', targetType: 'checkup-invitation', targetId: cur.id, enterpriseId: cur.enterpriseId });
    return { id: cur.id, status: 'visited' as const };
  });
}
