/** D — the part's scheduled jobs (Asia/Shanghai wall clock). */
import { sql } from 'drizzle-orm';
import type { JobDefinitionInput } from '../platform/jobs/define-job.js';
import { rows } from '../platform/db/client.js';
import { enterprises } from '../enterprises/schema.js';
import { sendExpiryReminders } from './send-expiry-reminders.js';
import { issueComplianceNotice } from './issue-compliance-notice.js';
import { COVERED_INDUSTRIES } from './rules/notice-templates.js';
import { complianceNotices } from './schema.js';
import { signalOverdueRectifications } from './overdue-rectifications.js';

/** D3 — newly registered enterprises of covered industries get their notice (in batches; each its own transaction). */
async function issueMissingNotices(jc: Parameters<JobDefinitionInput['handler']>[0]): Promise<{ issued: number }> {
  const { db } = jc.deps.database;
  let issued = 0;
  for (;;) {
    const batch = await rows<{ id: string; industry: string }>(
      db,
      sql`SELECT e.id, e.industry FROM ${enterprises} e
          WHERE e.status = 'active' AND e.industry = ANY(${sql.param(COVERED_INDUSTRIES)}::text[])
            AND NOT EXISTS (SELECT 1 FROM ${complianceNotices} n WHERE n.enterprise_id = e.id)
          ORDER BY e.id LIMIT 200`,
    );
    if (batch.length === 0) break;
    for (const e of batch) {
      await db.transaction(async (tx) => {
        if (await issueComplianceNotice(tx, jc.ctx, e, 'registered')) issued++;
      });
    }
  }
  return { issued };
}

export const drugJobs: JobDefinitionInput[] = [
  { name: 'licence-expiry-reminders', schedule: '0 8 * * *', handler: (jc) => sendExpiryReminders(jc.deps.database.db, jc.ctx, { signal: jc.signal }) },
  { name: 'compliance-notices', schedule: '30 7 * * *', handler: issueMissingNotices },
  { name: 'rectification-overdue', schedule: '15 8 * * *', handler: (jc) => signalOverdueRectifications(jc.deps.database.db, jc.ctx) },
];
