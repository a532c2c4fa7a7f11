import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { translate } from '../platform/i18n/messages.js';
import { notifyUsers } from '../notifications/index.js';
import { requireSupervisor } from './access.js';
import { addCaseEvent } from './case-events.js';
import { loadCase } from './cases.js';
import { departmentRecipients } from './recipients.js';
import { supervisionCases } from './schema.js';

/**
 * B2/B3 — the supervisor accepts the answer and closes the case. It counts as done on time when the accepted
 * answer came by the deadline (the supervisor's review time is not the department's delay).
 */
export async function closeCase(db: Db, ctx: Ctx, id: string, input: { comment?: string }) {
  requireSupervisor(ctx.actor);
  return db.transaction((tx) => closeCaseInTx(tx, ctx, id, input));
}

/** `closeCase` in the caller's transaction. */
export async function closeCaseInTx(tx: Tx, ctx: Ctx, id: string, input: { comment?: string }) {
  const supervisor = requireSupervisor(ctx.actor);
  const c = await loadCase(tx, ctx, id, { forUpdate: true });
  if (c.status !== 'answered' || !c.answeredAt)
    throw new AppError(
      409,
      'case-not-answered',
      { status: translate(ctx.locale, `case-status.${c.status}`) },
      { caseStatus: c.status },
    );
  const onTime = c.answeredAt <= c.dueAt;
  await tx
    .update(supervisionCases)
    .set({
      status: 'closed',
      completedAt: c.answeredAt,
      closedAt: ctx.now,
      closedBy: supervisor.userId,
      closedOnTime: onTime,
      updatedAt: ctx.now,
    })
    .where(eq(supervisionCases.id, c.id));
  await addCaseEvent(tx, ctx, c.id, 'closed', {
    text: input.comment ?? null,
    detail: { onTime, completedAt: c.answeredAt.toISOString() },
  });
  await recordAudit(tx, ctx, {
    action: 'supervision.case.close',
    targetType: 'supervision-case',
    targetId: c.id,
    enterpriseId: c.enterpriseId,
    detail: { caseNo: c.caseNo, onTime },
  });
  await notifyUsers(tx, ctx.now, {
    userIds: await departmentRecipients(tx, c.departmentId),
    kind: 'case-closed',
    params: { caseNo: c.caseNo, title: c.title },
    target: { type: 'supervision-case', id: c.id },
    link: `/supervision/cases/${c.id}`,
    dedupeKey: `case-closed:${c.id}`,
    channels: [],
  });
  return { id: c.id, status: 'closed' as const, closedOnTime: onTime };
}
