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
import { caseDeadlineStep, reminderHorizon, type DeadlineStep } from './rules/case-deadline.js';

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
    const page: { id: string; dueAt: Date }[] = await db
      .select({ id: supervisionCases.id, dueAt: supervisionCases.dueAt })
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
    for (const { id } of page) {
      const step = await db.transaction(async (tx) => {
        // supervision_case stays on the coordinator (citus-layout.ts): its lock by id alone is one node's
        const [c] = await tx.select().from(supervisionCases).where(eq(supervisionCases.id, id)).for('update');
        const step = c ? caseDeadlineStep(c, now, horizon) : null;
        if (c && step) await takeStep(tx, ctx, c, step);
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

/** What each step writes and whom it tells: the department, and for an escalation the supervisors too. */
const STEPS = {
  remind: {
    mark: 'remindedAt',
    event: 'reminded',
    action: 'supervision.case.remind',
    notice: 'case-reminder',
    detail: (c: CaseRow) => ({ dueDay: c.dueDay }),
    toSupervisors: false,
  },
  escalate: {
    mark: 'escalatedAt',
    event: 'escalated',
    action: 'supervision.case.escalate',
    notice: 'case-escalated',
    detail: (c: CaseRow) => ({ dueDay: c.dueDay, overdueSince: c.dueAt.toISOString() }),
    toSupervisors: true,
  },
} as const satisfies Record<DeadlineStep, unknown>;

/** Takes a step on a locked case: marks it (once), adds it to the timeline, audits it and tells whom it concerns. */
async function takeStep(tx: Tx, ctx: Ctx, c: CaseRow, step: DeadlineStep) {
  const s = STEPS[step];
  const now = ctx.now;
  await tx.update(supervisionCases).set({ [s.mark]: now, updatedAt: now }).where(eq(supervisionCases.id, c.id));
  await addCaseEvent(tx, ctx, c.id, s.event, { detail: s.detail(c) });
  await recordAudit(tx, ctx, {
    action: s.action,
    targetType: 'supervision-case',
    targetId: c.id,
    enterpriseId: c.enterpriseId,
    detail: { caseNo: c.caseNo, dueDay: c.dueDay },
  });
  await notifyUsers(tx, now, {
    userIds: [
      ...(await departmentRecipients(tx, c.departmentId)),
      ...(s.toSupervisors ? await supervisorRecipients(tx) : []),
    ],
    kind: s.notice,
    params: { caseNo: c.caseNo, title: c.title, dueDay: c.dueDay },
    target: { type: 'supervision-case', id: c.id },
    link: `/supervision/cases/${c.id}`,
    dedupeKey: `${s.notice}:${c.id}`,
  });
}

/** Every 15 minutes (Asia/Shanghai); `POST /api/admin/jobs/supervision-deadlines/run` runs it now. */
export const supervisionDeadlinesJob: JobDefinitionInput = {
  name: 'supervision-deadlines',
  schedule: '*/15 * * * *',
  handler: async (jc) => checkCaseDeadlines(jc.deps.database.db, jc.ctx),
};
