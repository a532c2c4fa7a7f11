import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { users } from '../platform/auth/schema.js';
import { notifyUsers } from '../notifications/index.js';

/**
 * A check-up notice to the enterprise's accounts (and any extra users, e.g. its liaison). Its params carry dates
 * and ids only, never a finding's text; its target type is behind the firewall.
 */
export async function notifyCheckup(
  tx: DbOrTx,
  now: Date,
  n: { enterpriseId: string; extraUserIds?: string[]; kind: string; params: Record<string, string | number | null>; invitationId: string; dedupeKey: string },
): Promise<number> {
  const accounts = await tx.select({ id: users.id }).from(users).where(eq(users.enterpriseId, n.enterpriseId));
  return notifyUsers(tx, now, {
    userIds: [...accounts.map((a) => a.id), ...(n.extraUserIds ?? [])],
    kind: n.kind,
    params: n.params,
    target: { type: 'checkup-invitation', id: n.invitationId },
    link: `/checkups/${n.invitationId}`,
    dedupeKey: n.dedupeKey,
    channels: [],
  });
}
