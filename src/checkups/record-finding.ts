import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { requireStaff, VISIT_ROLES } from './policy.js';
import { assertStatus, loadInvitation, lockInvitation } from './load-invitation.js';
import { checkupChecklists, checkupFindings, FINDING_OUTCOMES, FINDING_RESOLUTIONS } from './schema.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const findingInput = z.object({
  itemCode: z.string().trim().min(1).max(20),
  outcome: z.enum(FINDING_OUTCOMES),
  description: z.string().trim().min(1).max(4000).optional(),
  basis: z.string().trim().min(1).max(1000).optional(),
  advice: z.string().trim().min(1).max(4000).optional(),
  resolution: z.enum(FINDING_RESOLUTIONS).optional(),
  milestones: z.array(z.object({ due: day, text: z.string().trim().min(1).max(500) })).max(20).optional(),
});

/**
 * E3 — one checklist item's result at the visit: fine, or a problem with its description, basis (the item's own
 * by default), advice, and fixed on the spot (立行立改) or planned with milestones.
 */
export async function recordFinding(db: Db, ctx: Ctx, id: string, input: z.infer<typeof findingInput>) {
  const user = requireStaff(ctx.actor, VISIT_ROLES);
  const inv = await loadInvitation(db, ctx, id);
  if (!inv.checklistId) throw new AppError(409, 'checkup-wrong-status', { status: inv.status });
  const [checklist] = await db.select().from(checkupChecklists).where(eq(checkupChecklists.id, inv.checklistId));
  const item = checklist?.items.find((i) => i.code === input.itemCode);
  if (!item) throw new AppError(422, 'checkup-unknown-item', { item: input.itemCode });
  let status: 'ok' | 'fixed' | 'open' = 'ok';
  if (input.outcome === 'problem') {
    if (!input.description) throw new AppError(422, 'checkup-finding-description-required');
    if (!input.advice) throw new AppError(422, 'checkup-finding-advice-required');
    if (!input.resolution) throw new AppError(422, 'checkup-finding-resolution-required');
    if (input.resolution === 'plan' && !input.milestones?.length) throw new AppError(422, 'checkup-plan-milestones-required');
    status = input.resolution === 'fix-now' ? 'fixed' : 'open';
  }
  const findingId = newId();
  await db.transaction(async (tx) => {
    const cur = await lockInvitation(tx, inv);
    assertStatus(cur, ['scheduled', 'visited']);
    if (input.outcome === 'ok') {
      // Marking an item fine twice keeps one mark.
      await tx
        .delete(checkupFindings)
        .where(and(eq(checkupFindings.enterpriseId, inv.enterpriseId), eq(checkupFindings.invitationId, inv.id), eq(checkupFindings.itemCode, item.code), eq(checkupFindings.outcome, 'ok')));
    }
    await tx.insert(checkupFindings).values({
      enterpriseId: inv.enterpriseId,
      id: findingId,
      invitationId: inv.id,
      itemCode: item.code,
      outcome: input.outcome,
      description: input.outcome === 'problem' ? input.description! : null,
      basis: input.outcome === 'problem' ? (input.basis ?? item.basis) : null,
      advice: input.outcome === 'problem' ? input.advice! : null,
      resolution: input.outcome === 'problem' ? input.resolution! : null,
      milestones: input.resolution === 'plan' ? [...input.milestones!].sort((a, b) => a.due.localeCompare(b.due)) : [],
      status,
      closedAt: status === 'fixed' ? ctx.now : null,
      closedBy: status === 'fixed' ? user.displayName : null,
      createdAt: ctx.now,
      createdBy: user.username,
    });
    await recordAudit(tx, ctx, {
      action: 'checkups.finding.record',
      targetType: 'checkup-finding',
      targetId: findingId,
      enterpriseId: inv.enterpriseId,
      detail: { invitationId: inv.id, itemCode: item.code, outcome: input.outcome, status },
    });
  });
  return { id: findingId, status };
}
