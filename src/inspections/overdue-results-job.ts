import { sql } from 'drizzle-orm';
import type { JobDefinitionInput } from '../platform/jobs/define-job.js';
import { rows, type Tx } from '../platform/db/client.js';
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
      const overdue = await notYetSignalled(tx, now);
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

type Overdue = { id: string; enterprise_id: string; lead_department_id: string; result_due_at: Date | string };

/**
 * Up to BATCH overdue visits without their `late-result` signal, oldest due first: the overdue visits page by
 * page (by due time and id), each page less those whose signal exists. Two statements, not one anti-join: the
 * visits are on the shards on Citus and the signals on the coordinator.
 */
async function notYetSignalled(tx: Tx, now: Date): Promise<Overdue[]> {
  const out: Overdue[] = [];
  let after: { due: string; id: string } | undefined;
  while (out.length < BATCH) {
    const page = await rows<Overdue & { due: string }>(
      tx,
      sql`SELECT i.id, i.enterprise_id, i.lead_department_id, i.result_due_at, i.result_due_at::text AS due FROM inspection i
          WHERE i.status = 'issued' AND i.result_recorded_at IS NULL AND i.result_due_at < ${now}
            ${after ? sql`AND (i.result_due_at, i.id) > (${after.due}::timestamptz, ${after.id}::uuid)` : sql``}
          ORDER BY i.result_due_at, i.id LIMIT ${BATCH}`,
    );
    if (!page.length) break;
    const keys = page.map((i) => `late-result:${i.id}`);
    const signalled = new Set(
      (await rows<{ dedupe_key: string }>(tx, sql`SELECT dedupe_key FROM supervision_signal WHERE dedupe_key = ANY(${sql.param(keys)}::text[])`)).map((r) => r.dedupe_key),
    );
    for (const { due: _due, ...i } of page) if (!signalled.has(`late-result:${i.id}`) && out.length < BATCH) out.push(i);
    const last = page[page.length - 1]!;
    after = { due: last.due, id: last.id };
    if (page.length < BATCH) break;
  }
  return out;
}
