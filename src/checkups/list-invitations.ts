import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { enterprises } from '../enterprises/schema.js';
import { users } from '../platform/auth/schema.js';
import { checkupScope, scopeCondition } from './policy.js';
import { checkupExperts, checkupInvitations, INVITATION_CHANNELS, INVITATION_STATUSES } from './schema.js';
import { ageDays } from './present.js';
import { pageAnswer, paginate, pagingFields } from '../platform/http/paging.js';

export const listInvitationsQuery = z.object({
  status: z.enum(INVITATION_STATUSES).optional(),
  channel: z.enum(INVITATION_CHANNELS).optional(),
  /** Only the check-ups the caller visits (expert) or follows (liaison). */
  mine: z.stringbool().optional(),
  ...pagingFields({ defaultSize: 50 }),
});

/** E1 — the queue: each invitation with its channel, status and age. Staff see their department's, an enterprise its own. */
export async function listInvitations(db: Db, ctx: Ctx, q: z.infer<typeof listInvitationsQuery>) {
  const scope = checkupScope(ctx.actor);
  const conds: SQL[] = [];
  const s = scopeCondition(scope);
  if (s) conds.push(s);
  if (q.status) conds.push(eq(checkupInvitations.status, q.status));
  if (q.channel) conds.push(eq(checkupInvitations.channel, q.channel));
  if (q.mine && ctx.actor.kind === 'user') {
    const me = ctx.actor.userId;
    const experts = await db.select({ id: checkupExperts.id }).from(checkupExperts).where(eq(checkupExperts.userId, me));
    const mineCond = experts.length
      ? inArray(checkupInvitations.expertId, experts.map((e) => e.id))
      : eq(checkupInvitations.liaisonUserId, me);
    conds.push(mineCond);
  }
  const where = conds.length ? and(...conds) : undefined;
  const { total, rows } = await paginate(q, {
    count: db.select({ n: count() }).from(checkupInvitations).where(where),
    rows: db
      .select({ i: checkupInvitations, uscc: enterprises.uscc, name: enterprises.name, expert: checkupExperts.name, liaison: users.displayName })
      .from(checkupInvitations)
      .innerJoin(enterprises, eq(enterprises.id, checkupInvitations.enterpriseId))
      .leftJoin(checkupExperts, eq(checkupExperts.id, checkupInvitations.expertId))
      .leftJoin(users, eq(users.id, checkupInvitations.liaisonUserId))
      .where(where)
      .orderBy(desc(checkupInvitations.receivedAt), desc(checkupInvitations.id)),
  });
  await recordAudit(db, ctx, { action: 'checkups.invitation.list', targetType: 'checkup-invitation', detail: { rows: rows.length } });
  return pageAnswer(q, total, rows.map((r) => ({
    id: r.i.id,
    enterprise: { uscc: r.uscc, name: r.name },
    channel: r.i.channel,
    status: r.i.status,
    note: r.i.note,
    preferredDates: r.i.preferredDates,
    receivedAt: r.i.receivedAt.toISOString(),
    ageDays: ageDays(r.i.receivedAt, ctx.now),
    visitAt: r.i.visitAt?.toISOString() ?? null,
    expert: r.expert,
    liaison: r.liaison,
  })));
}
