import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { requireStaff, VISIT_ROLES } from './policy.js';
import { assertStatus, loadInvitation } from './load-invitation.js';
import { checkupContacts, checkupFindings, CONTACT_CHANNELS } from './schema.js';

export const contactInput = z.object({
  channel: z.enum(CONTACT_CHANNELS),
  note: z.string().trim().min(1).max(4000),
  findingId: z.uuid().optional(),
});

/** E5 — one entry of the liaison's 1-on-1 contact log (帮扶记录). */
export async function logContact(db: Db, ctx: Ctx, id: string, input: z.infer<typeof contactInput>) {
  const user = requireStaff(ctx.actor, VISIT_ROLES);
  const inv = await loadInvitation(db, ctx, id);
  assertStatus(inv, ['scheduled', 'visited', 'rectifying', 'closed']);
  if (input.findingId) {
    const [f] = await db
      .select({ id: checkupFindings.id })
      .from(checkupFindings)
      .where(and(eq(checkupFindings.enterpriseId, inv.enterpriseId), eq(checkupFindings.invitationId, inv.id), eq(checkupFindings.id, input.findingId)));
    if (!f) throw new AppError(404, 'checkup-finding-not-found');
  }
  const contactId = newId();
  await db.transaction(async (tx) => {
    await tx.insert(checkupContacts).values({
      enterpriseId: inv.enterpriseId,
      id: contactId,
      invitationId: inv.id,
      findingId: input.findingId ?? null,
      at: ctx.now,
      channel: input.channel,
      note: input.note,
      byUserId: user.userId,
      byName: user.displayName,
    });
    await recordAudit(tx, ctx, { action: 'checkups.contact.log', targetType: 'checkup-contact', targetId: contactId, enterpriseId: inv.enterpriseId, detail: { invitationId: inv.id, channel: input.channel } });
  });
  return { id: contactId };
}
