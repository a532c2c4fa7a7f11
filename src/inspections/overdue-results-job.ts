import { sql } from 'drizzle-orm';
import { defineJob } from '../platform/jobs/define-job.js';
import { rows } from '../platform/db/client.js';
import { recordAudit } from '../platform/audit/record.js';

/**
 * A7 — a result not uploaded by its deadline is itself a supervision signal. Set-based and idempotent: one
 * `late-result` signal per inspection (the same dedupe key the late upload uses).
 */
export const overdueResultsJob = defineJob({
  name: 'inspection-overdue-results',
  schedule: '*/30 * * * *',
  handler: async ({ deps, ctx, now }) => {
    const raised = await deps.database.db.transaction(async (tx) => {
      const inserted = await rows<{ id: string }>(
        tx,
        sql`INSERT INTO supervision_signal (id, kind, severity, enterprise_id, inspection_id, department_id, dedupe_key, detail, status, created_at)
            SELECT gen_random_uuid(), 'late-result', 'low', i.enterprise_id, i.id, i.lead_department_id, 'late-result:' || i.id,
                   jsonb_build_object('dueAt', i.result_due_at, 'overdue', true), 'open', ${now}
            FROM inspection i
            WHERE i.status = 'issued' AND i.result_recorded_at IS NULL AND i.result_due_at < ${now}
            ON CONFLICT (dedupe_key) DO NOTHING
            RETURNING id`,
      );
      if (inserted.length) await recordAudit(tx, ctx, { action: 'inspection.overdue-results', detail: { signals: inserted.length } });
      return inserted.length;
    });
    return { raised };
  },
});
