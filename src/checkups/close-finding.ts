import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { requireStaff, VISIT_ROLES } from './policy.js';
import { loadInvitation, lockInvitation } from './load-invitation.js';
import { checkupFindings, checkupInvitations } from './schema.js';
import { notifyCheckup } from './notify-enterprise.js';

export const closeFindingInput = z.object({ note: z.string().trim().min(1).max(4000) });

/**
 * E5 — the liaison verifies a planned problem fixed and closes it (with what was verified); the check-up closes
 * when its last open problem does.
 */
export async function closeFinding(db: Db, ctx: Ctx, id: string, findingId: string, input: z.infer<typeof closeFindingInput>) {
  const user = requireStaff(ctx.actor, VISIT_ROLES);
  const inv = await loadInvitation(db, ctx, id);
  return db.transaction(async (tx) => {
    const cur = await lockInvitation(tx, inv);
    if (cur.status !== 'rectifying' && cur.status !== 'visited') {
      throw new AppError(409, 'checkup-wrong-status', { status: cur.status });
    }
    const [f] = await tx
      .select()
      .from(checkupFindings)
      .where(and(eq(checkupFindings.enterpriseId, cur.enterpriseId), eq(checkupFindings.invitationId, cur.id), eq(checkupFindings.id, findingId)));
    if (!f) throw new AppError(404, 'checkup-finding-not-found');
    if (f.status !== 'open') throw new AppError(409, 'checkup-finding-not-open', { status: f.status });
    await tx
      .update(checkupFindings)
      .set({ status: 'closed', closedAt: ctx.now, closedBy: user.displayName, closureNote: input.note })
      .where(and(eq(checkupFindings.enterpriseId, cur.enterpriseId), eq(checkupFindings.id, f.id)));
    const stillOpen = await tx
      .select({ id: checkupFindings.id })
      .from(checkupFindings)
      .where(and(eq(checkupFindings.enterpriseId, cur.enterpriseId), eq(checkupFindings.invitationId, cur.id), eq(checkupFindings.status, 'open')))
      .limit(1);
    const closesCheckup = stillOpen.length === 0 && cur.status === 'rectifying';
    if (closesCheckup) {
      await tx
        .update(checkupInvitations)
        .set({ status: 'closed', closedAt: ctx.now })
        .where(and(eq(checkupInvitations.enterpriseId, cur.enterpriseId), eq(checkupInvitations.id, cur.id)));
    }
    await recordAudit(tx, ctx, { action: 'checkups.finding.close', targetType: 'checkup-finding', targetId: f.id, enterpriseId: cur.enterpriseId, detail: { invitationId: cur.id, checkupClosed: closesCheckup } });
    await notifyCheckup(tx, ctx.now, {
      enterpriseId: cur.enterpriseId,
      kind: 'checkup-finding-closed',
      params: { item: f.itemCode },
      invitationId: cur.id,
      dedupeKey: `checkup-finding-closed:${f.id}`,
    });
    return { id: f.id, status: 'closed' as const, checkupStatus: closesCheckup ? ('closed' as const) : cur.status };
  });
}
