import { and, asc, eq, gt, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import type { JobDefinitionInput } from '../platform/jobs/define-job.js';
import { loadCalendar } from '../calendar/index.js';
import { addWorkingDays, chinaDayOf } from '../calendar/index.js';
import { notifyUsers } from '../notifications/index.js';
import { addCaseEvent } from './case-events.js';
import { departmentRecipients, supervisorRecipients } from './recipients.js';
import { supervisionCases, AWAITING_ANSWER } from './schema.js';

/** A case awaiting its department is reminded when this many working days or fewer are left. */
export const REMIND_WORKING_DAYS_BEFORE = 1;
const BATCH = 200;

const awaiting = inArray(supervisionCases.status, [...AWAITING_ANSWER]);

/**
 * B2 — reminders before the deadline and escalation when overdue. Each case is reminded at most once and
 * escalated at most once: the step is taken by a conditional update (`reminded_at IS NULL`), so two runners,
 * or a run repeated, never send it twice. A case already overdue is escalated, not reminded.
 */
export async function checkCaseDeadlines(db: Db, ctx: Ctx): Promise<{ reminded: number; escalated: number }> {
  const now = ctx.now;
  const cal = await loadCalendar(db);
  const horizon = addWorkingDays(chinaDayOf(now), REMIND_WORKING_DAYS_BEFORE, cal);
  let reminded = 0;
  let escalated = 0;

  const remindable = and(
    awaiting,
    isNull(supervisionCases.remindedAt),
    lte(supervisionCases.dueDay, horizon),
    gt(supervisionCases.dueAt, now),
  );
  const escalatable = and(awaiting, isNull(supervisionCases.escalatedAt), lt(supervisionCases.dueAt, now));

  // Every pass handles what it selects (the updates use the same conditions), so this ends; the bound is a guard.
  for (let pass = 0; pass < 10_000; pass++) {
    const due = await db
      .select({ id: supervisionCases.id })
      .from(supervisionCases)
      .where(or(remindable, escalatable))
      .orderBy(asc(supervisionCases.dueAt), asc(supervisionCases.id))
      .limit(BATCH);
    if (due.length === 0) break;
    for (const { id } of due) {
      await db.transaction(async (tx) => {
        const [r] = await tx
          .update(supervisionCases)
          .set({ remindedAt: now, updatedAt: now })
          .where(and(eq(supervisionCases.id, id), remindable))
          .returning();
        if (r) {
          reminded++;
          await addCaseEvent(tx, ctx, id, 'reminded', { detail: { dueDay: r.dueDay } });
          await recordAudit(tx, ctx, {
            action: 'supervision.case.remind',
            targetType: 'supervision-case',
            targetId: id,
            enterpriseId: r.enterpriseId,
            detail: { caseNo: r.caseNo, dueDay: r.dueDay },
          });
          await notifyUsers(tx, now, {
            userIds: await departmentRecipients(tx, r.departmentId),
            kind: 'case-reminder',
            params: { caseNo: r.caseNo, title: r.title, dueDay: r.dueDay },
            target: { type: 'supervision-case', id },
            link: `/supervision/cases/${id}`,
            dedupeKey: `case-reminder:${id}`,
          });
        }
        const [e] = await tx
          .update(supervisionCases)
          .set({ escalatedAt: now, updatedAt: now })
          .where(and(eq(supervisionCases.id, id), escalatable))
          .returning();
        if (e) {
          escalated++;
          await addCaseEvent(tx, ctx, id, 'escalated', {
            detail: { dueDay: e.dueDay, overdueSince: e.dueAt.toISOString() },
          });
          await recordAudit(tx, ctx, {
            action: 'supervision.case.escalate',
            targetType: 'supervision-case',
            targetId: id,
            enterpriseId: e.enterpriseId,
            detail: { caseNo: e.caseNo, dueDay: e.dueDay },
          });
          await notifyUsers(tx, now, {
            userIds: [
              ...(await departmentRecipients(tx, e.departmentId)),
              ...(await supervisorRecipients(tx)),
            ],
            kind: 'case-escalated',
            params: { caseNo: e.caseNo, title: e.title, dueDay: e.dueDay },
            target: { type: 'supervision-case', id },
            link: `/supervision/cases/${id}`,
            dedupeKey: `case-escalated:${id}`,
          });
        }
      });
    }
    if (due.length < BATCH) break;
  }
  return { reminded, escalated };
}

/** Every 15 minutes (Asia/Shanghai); `POST /api/admin/jobs/supervision-deadlines/run` runs it now. */
export const supervisionDeadlinesJob: JobDefinitionInput = {
  name: 'supervision-deadlines',
  schedule: '*/15 * * * *',
  handler: async (jc) => checkCaseDeadlines(jc.deps.database.db, jc.ctx),
};
