/**
 * Job `proof-free-assist-reminders` (daily 09:00 China time): reminds the holding department of each open 协查 due
 * by the next working day or late — once a day per request — and counts the reminders on the request.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { JobDefinitionInput } from '../platform/jobs/define-job.js';
import { recordAudit } from '../platform/audit/record.js';
import { loadCalendar } from '../calendar/index.js';
import { chinaDayOf } from '../calendar/index.js';
import { notifyUsers } from '../notifications/index.js';
import { proofAssists, proofKinds } from './schema.js';
import { needsReminder } from './rules/assist.js';
import { answerersOf } from './request-assist.js';

export const assistRemindersJob: JobDefinitionInput = {
  name: 'proof-free-assist-reminders',
  schedule: '0 9 * * *',
  async handler({ deps, ctx, now }) {
    const { db } = deps.database;
    const cal = await loadCalendar(db);
    const today = chinaDayOf(now);
    const open = await db
      .select({ a: proofAssists, proof: proofKinds.nameZh })
      .from(proofAssists)
      .innerJoin(proofKinds, eq(proofKinds.code, proofAssists.proofKind))
      .where(eq(proofAssists.status, 'open'));
    let reminded = 0;
    for (const { a, proof } of open.filter(({ a }) => needsReminder(now, a.dueOn, cal))) {
      await db.transaction(async (tx) => {
        const answerers = await answerersOf(tx, a.holdingDepartmentId);
        const n = await notifyUsers(tx, now, {
          userIds: answerers.map((u) => u.id),
          kind: 'proof-assist-reminder',
          params: { proof, applicant: a.applicantMasked, dueOn: a.dueOn },
          target: { type: 'proof_assist', id: a.id },
          link: '/proof-free/assists',
          dedupeKey: `proof-assist-reminder:${a.id}:${today}`,
        });
        if (n === 0) return;
        reminded++;
        await tx
          .update(proofAssists)
          .set({ reminders: sql`${proofAssists.reminders} + 1` })
          .where(and(eq(proofAssists.id, a.id), eq(proofAssists.status, 'open')));
        await recordAudit(tx, ctx, {
          action: 'proof-free.assist.remind',
          targetType: 'proof_assist',
          targetId: a.id,
          detail: { dueOn: a.dueOn, users: n },
        });
      });
    }
    return { open: open.length, reminded };
  },
};
