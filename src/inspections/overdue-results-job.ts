import { sql } from 'drizzle-orm';
import type { JobDefinitionInput } from '../platform/jobs/define-job.js';
import { rows } from '../platform/db/client.js';
import { recordAudit } from '../platform/audit/record.js';
import { raiseSignal } from '../supervision/index.js';

/** Overdue visits signalled per run; the next run takes the rest. */
const BATCH = 1000;

/**
 * A7 — a result not uploaded by its deadline is itself a supervision signal, raised through supervision's
 * `raiseSignal` (one `late-result` signal per inspection: the same dedupe key the late upload uses, so a
 * repeat run or a later late upload raises nothing new). Reads only the visits not yet signalled.
 */
export const overdueResultsJob: JobDefinitionInput = {
  name: 'inspection-overdue-results',
  schedule: '*/30 * * * *',
  handler: async ({ deps, ctx, now }) => {
    const raised = await deps.database.db.transaction(async (tx) => {
      const overdue = await rows<{ id: string; enterprise_id: string; lead_department_id: string; result_due_at: Date | string }>(
        tx,
        sql`SELECT i.id, i.enterprise_id, i.lead_department_id, i.result_due_at FROM inspection i
            WHERE i.status = 'issued' AND i.result_recorded_at IS NULL AND i.result_due_at < ${now}
              AND NOT EXISTS (SELECT 1 FROM supervision_signal s WHERE s.dedupe_key = 'late-result:' || i.id::text)
            ORDER BY i.result_due_at LIMIT ${BATCH}`,
      );
      let n = 0;
      for (const i of overdue) {
        const fresh = await raiseSignal(tx, now, {
          kind: 'late-result',
          severity: 'low',
          dedupeKey: `late-result:${i.id}`,
          enterpriseId: i.enterprise_id,
          inspectionId: i.id,
          departmentId: i.lead_department_id,
          detail: { dueAt: new Date(i.result_due_at).toISOString(), overdue: true },
        });
        if (fresh) n++;
      }
      if (n) await recordAudit(tx, ctx, { action: 'inspection.overdue-results', detail: { signals: n } });
      return n;
    });
    return { raised };
  },
};
