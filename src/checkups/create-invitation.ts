import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { enterprises } from '../enterprises/schema.js';
import { checkupScope } from './policy.js';
import { checkupDepartmentId } from './department.js';
import { checkupInvitations, INVITATION_CHANNELS } from './schema.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The enterprise for itself `{preferredDates?, note?}`; check-up staff for it `{enterpriseUscc, channel, note?}`. */
export const invitationInput = z.object({
  enterpriseUscc: z.string().trim().min(1).max(32).optional(),
  channel: z.enum(INVITATION_CHANNELS).optional(),
  preferredDates: z.array(day).max(10).optional(),
  note: z.string().trim().max(2000).optional(),
  campaignId: z.uuid().optional(),
});
export type InvitationInput = z.infer<typeof invitationInput>;

/** E1 — an invitation (邀约申请): online by the enterprise, or recorded by staff from a phone call, WeChat or a letter. */
export async function createInvitation(db: Db, ctx: Ctx, input: InvitationInput): Promise<{ id: string }> {
  const scope = checkupScope(ctx.actor);
  let enterpriseId: string;
  let channel: (typeof INVITATION_CHANNELS)[number];
  if ('enterpriseId' in scope) {
    // An enterprise invites for itself only: naming an enterprise or a channel is refused, not ignored.
    if (input.enterpriseUscc !== undefined || input.channel !== undefined) throw new AppError(422, 'checkup-own-invitation');
    enterpriseId = scope.enterpriseId;
    channel = 'online';
  } else {
    if (!input.enterpriseUscc) throw new AppError(422, 'checkup-uscc-required');
    if (!input.channel) throw new AppError(422, 'checkup-channel-required');
    const [e] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.uscc, input.enterpriseUscc.toUpperCase())).limit(1);
    if (!e) throw new AppError(422, 'checkup-unknown-enterprise', { uscc: input.enterpriseUscc });
    enterpriseId = e.id;
    channel = input.channel;
  }
  const departmentId = 'departmentId' in scope ? scope.departmentId : await checkupDepartmentId(db);
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(checkupInvitations).values({
      enterpriseId,
      id,
      departmentId,
      campaignId: input.campaignId ?? null,
      channel,
      note: input.note || null,
      preferredDates: [...new Set(input.preferredDates ?? [])].sort(),
      status: 'received',
      receivedAt: ctx.now,
      recordedBy: ctx.actor.kind === 'user' ? ctx.actor.username : null,
    });
    // Audit rows about check-ups name ids and states only, never the enterprise's words or a finding.
    await recordAudit(tx, ctx, { action: 'checkups.invitation.create', targetType: 'checkup-invitation', targetId: id, enterpriseId, detail: { channel } });
  });
  return { id };
}
