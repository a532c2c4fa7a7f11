import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordRowAudit } from '../platform/audit/record-row-audit.js';
import { translate } from '../platform/i18n/messages.js';
import { notifyUsers } from '../notifications/index.js';
import { requireSupervisor } from './access.js';
import { addCaseEvent } from './case-events.js';
import { loadCase } from './cases.js';
import { departmentRecipients } from './recipients.js';
import { supervisionCases } from './schema.js';

/** B2 — the supervisor sends an answer back with reasons; the department answers again (same deadline). */
export async function returnCase(db: Db, ctx: Ctx, id: string, input: { reason: string }) {
  requireSupervisor(ctx.actor);
  return db.transaction(async (tx) => {
    const c = await loadCase(tx, ctx, id, { forUpdate: true });
    if (c.status !== 'answered')
      throw new AppError(
        409,
        'case-not-answered',
        { status: translate(ctx.locale, `case-status.${c.status}`) },
        { caseStatus: c.status },
      );
    const returnCount = c.returnCount + 1;
    await tx
      .update(supervisionCases)
      .set({ status: 'returned', returnCount, updatedAt: ctx.now })
      .where(eq(supervisionCases.id, c.id));
    await addCaseEvent(tx, ctx, c.id, 'returned', { text: input.reason, detail: { returned: returnCount } });
    await recordRowAudit(tx, ctx, 'supervision.case.return', 'supervision-case', c, { caseNo: c.caseNo, reason: input.reason });
    await notifyUsers(tx, ctx.now, {
      userIds: await departmentRecipients(tx, c.departmentId),
      kind: 'case-returned',
      params: { caseNo: c.caseNo, title: c.title, reason: input.reason },
      target: { type: 'supervision-case', id: c.id },
      link: `/supervision/cases/${c.id}`,
      dedupeKey: `case-returned:${c.id}:${returnCount}`,
    });
    return { id: c.id, status: 'returned' as const };
  });
}
