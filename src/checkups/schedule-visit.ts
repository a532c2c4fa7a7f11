import { and, desc, eq, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordRowAudit } from '../platform/audit/record-row-audit.js';
import { users } from '../platform/auth/schema.js';
import { chinaDayOf } from '../calendar/index.js';
import { requireStaff } from './policy.js';
import { assertStatus, loadInvitation, lockInvitation } from './load-invitation.js';
import { checkupChecklists, checkupExperts, checkupInvitations } from './schema.js';
import { notifyCheckup } from './notify-enterprise.js';

export const scheduleInput = z.object({
  visitAt: z.iso.datetime({ offset: true }),
  expertId: z.uuid(),
  /** The service officer who comes along and follows the rectification (帮扶指导员). */
  liaisonUserId: z.uuid(),
});

/** E4 — a visit gets an expert of the pool and a liaison, at a time (ideally one of the enterprise's chosen days). */
export async function scheduleVisit(db: Db, ctx: Ctx, id: string, input: z.infer<typeof scheduleInput>) {
  requireStaff(ctx.actor, ['admin', 'service_officer', 'expert']);
  const inv = await loadInvitation(db, ctx, id);
  const visitAt = new Date(input.visitAt);
  if (visitAt.getTime() < ctx.now.getTime() - 86_400_000) throw new AppError(422, 'checkup-visit-in-past');
  const [expert] = await db.select().from(checkupExperts).where(and(eq(checkupExperts.id, input.expertId), eq(checkupExperts.departmentId, inv.departmentId), eq(checkupExperts.active, true)));
  if (!expert) throw new AppError(422, 'checkup-unknown-expert');
  const [liaison] = await db.select().from(users).where(and(eq(users.id, input.liaisonUserId), eq(users.departmentId, inv.departmentId)));
  if (!liaison || (liaison.role !== 'service_officer' && liaison.role !== 'expert')) throw new AppError(422, 'checkup-unknown-liaison');
  const today = chinaDayOf(ctx.now);
  const [checklist] = await db.select({ id: checkupChecklists.id }).from(checkupChecklists).where(lte(checkupChecklists.effectiveFrom, today)).orderBy(desc(checkupChecklists.version)).limit(1);
  if (!checklist) throw new AppError(409, 'checkup-no-checklist');
  await db.transaction(async (tx) => {
    const cur = await lockInvitation(tx, inv);
    assertStatus(cur, ['received', 'scheduled']);
    await tx
      .update(checkupInvitations)
      .set({ status: 'scheduled', visitAt, expertId: expert.id, liaisonUserId: liaison.id, checklistId: cur.checklistId ?? checklist.id })
      .where(and(eq(checkupInvitations.enterpriseId, inv.enterpriseId), eq(checkupInvitations.id, inv.id)));
    const detail = { visitAt: input.visitAt, expertId: expert.id, liaisonUserId: liaison.id };
    await recordRowAudit(tx, ctx, 'checkups.visit.schedule', 'checkup-invitation', inv, detail);
    await notifyCheckup(tx, ctx.now, {
      enterpriseId: inv.enterpriseId,
      kind: 'checkup-scheduled',
      params: { visitDay: chinaDayOf(visitAt), expert: expert.name },
      invitationId: inv.id,
      dedupeKey: `checkup-scheduled:${inv.id}:${input.visitAt}`,
    });
  });
  return { id: inv.id, status: 'scheduled' as const };
}
