import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { fileSection } from '../platform/parts/part.js';
import { mayReadClass } from '../platform/policy/firewall.js';
import { recordAudit } from '../platform/audit/record.js';
import { users } from '../platform/auth/schema.js';
import { checkupExperts, checkupFindings, checkupInvitations, INVITATION_CHANNELS, INVITATION_STATUSES } from './schema.js';
import { CHECKUP_CLASS, checkupScope, andScope } from './policy.js';
import { fileUrl, invitationStaffFields } from './present.js';

/** A row of the `checkups` section. */
export const checkupFileRow = z.object({
  id: z.string(),
  appliedAt: z.string(),
  channel: z.enum(INVITATION_CHANNELS),
  ...invitationStaffFields,
  visitDate: z.string().nullable(),
  status: z.enum(INVITATION_STATUSES),
  problemCount: z.number().int().describe('Findings that were problems'),
  open: z.number().int().describe('Problems not yet fixed'),
  reportUrl: z.string().nullable(),
});

/**
 * 一企一档 — the 环保体检 section: the enterprise's check-ups for those allowed (the check-up side, the enterprise
 * itself); nothing at all for the roles behind the firewall (the withholding is audited).
 */
export const checkupFileSection = fileSection(checkupFileRow, async (db, ctx, enterpriseId) => {
  if (!mayReadClass(ctx.actor, CHECKUP_CLASS)) {
    await recordAudit(db, ctx, { action: 'checkups.file-section.withheld', outcome: 'denied', targetType: 'enterprise', targetId: enterpriseId, enterpriseId, detail: { reason: 'firewall-checkup' } });
    return [];
  }
  const scope = checkupScope(ctx.actor);
  const rows = await db
    .select({ r: checkupInvitations, expert: checkupExperts.name, liaison: users.displayName })
    .from(checkupInvitations)
    .leftJoin(checkupExperts, eq(checkupExperts.id, checkupInvitations.expertId))
    .leftJoin(users, eq(users.id, checkupInvitations.liaisonUserId))
    .where(andScope(scope, eq(checkupInvitations.enterpriseId, enterpriseId)))
    .orderBy(desc(checkupInvitations.receivedAt))
    .limit(100);
  const findings = rows.length
    ? await db.select({ invitationId: checkupFindings.invitationId, status: checkupFindings.status }).from(checkupFindings).where(and(eq(checkupFindings.enterpriseId, enterpriseId), eq(checkupFindings.outcome, 'problem')))
    : [];
  return rows.map(({ r, expert, liaison }) => {
    const mine = findings.filter((f) => f.invitationId === r.id);
    return {
      id: r.id,
      appliedAt: r.receivedAt.toISOString(),
      channel: r.channel,
      expert,
      liaison,
      visitDate: (r.visitedAt ?? r.visitAt)?.toISOString() ?? null,
      status: r.status,
      problemCount: mine.length,
      open: mine.filter((f) => f.status === 'open').length,
      reportUrl: r.reportFileId ? fileUrl(r.reportFileId) : null,
    };
  });
});
