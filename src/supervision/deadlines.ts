import { and, asc, eq, gt, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import type { Db, Tx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import type { JobDefinitionInput } from '../platform/jobs/define-job.js';
import { loadCalendar } from '../calendar/index.js';
import { notifyUsers } from '../notifications/index.js';
import { addCaseEvent } from './case-events.js';
import { departmentRecipients, supervisorRecipients } from './recipients.js';
import { supervisionCases, AWAITING_ANSWER } from './schema.js';
import { caseDeadlineStep, reminderHorizon } from './rules/case-deadline.js';

const BATCH = 200;

const awaiting = inArray(supervisionCases.status, [...AWAITING_ANSWER]);

/**
 * B2 — reminders before the deadline and escalation when overdue, as `rules/case-deadline.ts` decides. The
 * candidates are read in pages (keyset on due time and id, so the sweep ends whatever the rule says of them); each
 * case is locked, judged by the rule and its step taken in one transaction, so two runners, or a run repeated,
 * never send a reminder or an escalation twice.
 */
export async function checkCaseDeadlines(db: Db, ctx: Ctx): Promise<{ reminded: number; escalated: number }> {
  const now = ctx.now;
  const horizon = reminderHorizon(now, await loadCalendar(db));
  let reminded = 0;
  let escalated = 0;

  // The rule's two steps as a filter on the index: due by the horizon and not reminded, or overdue and not escalated.
  const candidates = and(
    awaiting,
    or(
      and(isNull(supervisionCases.remindedAt), lte(supervisionCases.dueDay, horizon)),
      and(isNull(supervisionCases.escalatedAt), lt(supervisionCases.dueAt, now)),
    ),
  );
  let after: { dueAt: Date; id: string } | null = null;
  for (;;) {
    const page: { id: string; enterpriseId: string; dueAt: Date }[] = await db
      .select({ id: supervisionCases.id, enterpriseId: supervisionCases.enterpriseId, dueAt: supervisionCases.dueAt })
      .from(supervisionCases)
      .where(
        after
          ? and(
              candidates,
              or(
                gt(supervisionCases.dueAt, after.dueAt),
                and(eq(supervisionCases.dueAt, after.dueAt), gt(supervisionCases.id, after.id)),
              ),
            )
          : candidates,
      )
      .orderBy(asc(supervisionCases.dueAt), asc(supervisionCases.id))
      .limit(BATCH);
    for (const { id, enterpriseId } of page) {
      const step = await db.transaction(async (tx) => {
        // the lock names the enterprise beside the id: on Citus a FOR UPDATE routes to one shard
        const [c] = await tx
          .select()
          .from(supervisionCases)
          .where(and(eq(supervisionCases.enterpriseId, enterpriseId), eq(supervisionCases.id, id)))
          .for('update');
        const step = c ? caseDeadlineStep(c, now, horizon) : null;
        if (c && step === 'remind') await remind(tx, ctx, c);
        if (c && step === 'escalate') await escalate(tx, ctx, c);
        return step;
      });
      if (step === 'remind') reminded++;
      if (step === 'escalate') escalated++;
    }
    if (page.length < BATCH) break;
    after = page[page.length - 1]!;
  }
  return { reminded, escalated };
}

type CaseRow = typeof supervisionCases.$inferSelect;

async function remind(tx: Tx, ctx: Ctx, r: CaseRow) {
  const now = ctx.now;
  await tx.update(supervisionCases).set({ remindedAt: now, updatedAt: now }).where(eq(supervisionCases.id, r.id));
  await addCaseEvent(tx, ctx, r.id, 'reminded', { detail: { dueDay: r.dueDay } });
  await recordAudit(tx, ctx, {
    action: 'supervision.case.remind',
    targetType: 'supervision-case',
    targetId: r.id,
    enterpriseId: r.enterpriseId,
    detail: { caseNo: r.caseNo, dueDay: r.dueDay },
  });
  await notifyUsers(tx, now, {
    userIds: await departmentRecipients(tx, r.departmentId),
    kind: 'case-reminder',
    params: { caseNo: r.caseNo, title: r.title, dueDay: r.dueDay },
    target: { type: 'supervision-case', id: r.id },
    link: `/supervision/cases/${r.id}`,
    dedupeKey: `case-reminder:${r.id}`,
  });
}

async function escalate(tx: Tx, ctx: Ctx, e: CaseRow) {
  const now = ctx.now;
  await tx.update(supervisionCases).set({ escalatedAt: now, updatedAt: now }).where(eq(supervisionCases.id, e.id));
  await addCaseEvent(tx, ctx, e.id, 'escalated', {
    detail: { dueDay: e.dueDay, overdueSince: e.dueAt.toISOString() },
  });
  await recordAudit(tx, ctx, {
    action: 'supervision.case.escalate',
    targetType: 'supervision-case',
    targetId: e.id,
    enterpriseId: e.enterpriseId,
    detail: { caseNo: e.caseNo, dueDay: e.dueDay },
  });
  await notifyUsers(tx, now, {
    userIds: [...(await departmentRecipients(tx, e.departmentId)), ...(await supervisorRecipients(tx))],
    kind: 'case-escalated',
    params: { caseNo: e.caseNo, title: e.title, dueDay: e.dueDay },
    target: { type: 'supervision-case', id: e.id },
    link: `/supervision/cases/${e.id}`,
    dedupeKey: `case-escalated:${e.id}`,
  });
}

/** Every 15 minutes (Asia/Shanghai); `POST /api/admin/jobs/supervision-deadlines/run` runs it now. */
export const supervisionDeadlinesJob: JobDefinitionInput = {
  name: 'supervision-deadlines',
  schedule: '*/15 * * * *',
  handler: async (jc) => checkCaseDeadlines(jc.deps.database.db, jc.ctx),
};
