import { and, eq } from 'drizzle-orm';
import type { JobDefinitionInput } from '../platform/jobs/define-job.js';
import { chinaDayOf } from '../calendar/index.js';
import { checkupFindings, checkupInvitations } from './schema.js';
import { milestonesToRemind } from './rules/milestone-reminder.js';
import { notifyCheckup } from './notify-enterprise.js';

/**
 * E5 — reminders before rectification milestones: every open planned problem whose milestone is due within the
 * reminder window (or overdue) notifies the enterprise and its liaison, once per milestone.
 */
export const milestoneRemindersJob: JobDefinitionInput = {
  name: 'checkup-milestone-reminders',
  schedule: '0 8 * * *',
  handler: async ({ deps, now }) => {
    const { db } = deps.database;
    const today = chinaDayOf(now);
    const open = await db
      .select({ f: checkupFindings, liaison: checkupInvitations.liaisonUserId })
      .from(checkupFindings)
      .innerJoin(checkupInvitations, and(eq(checkupInvitations.enterpriseId, checkupFindings.enterpriseId), eq(checkupInvitations.id, checkupFindings.invitationId)))
      .where(and(eq(checkupFindings.status, 'open'), eq(checkupInvitations.status, 'rectifying')));
    let reminded = 0;
    for (const { f, liaison } of open) {
      for (const m of milestonesToRemind(f.milestones, today)) {
        reminded += await db.transaction((tx) =>
          notifyCheckup(tx, now, {
            enterpriseId: f.enterpriseId,
            extraUserIds: liaison ? [liaison] : [],
            kind: 'checkup-milestone',
            params: { item: f.itemCode, due: m.due },
            invitationId: f.invitationId,
            dedupeKey: `checkup-milestone:${f.id}:${m.due}`,
          }),
        );
      }
    }
    return { openProblems: open.length, reminded };
  },
};
