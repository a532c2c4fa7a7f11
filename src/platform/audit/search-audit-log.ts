import { and, count, desc, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.js';
import type { Ctx } from '../policy/actor.js';
import { requireUser } from '../policy/policy.js';
import { pageAnswer, paginate, type Paging } from '../http/paging.js';
import { recordAudit } from './record.js';
import { auditLog } from './schema.js';
import { AUDIT_READERS, auditConditions, firewallCondition, type AuditFilter } from './audit-filter.js';
import { presentAuditRow } from './present-audit-row.js';

export async function listAuditLog(db: DbOrTx, f: AuditFilter & Paging, hide?: SQL) {
  const base = auditConditions(f);
  const where = hide ? (base ? and(base, hide) : hide) : base;
  return paginate(f, {
    count: db.select({ n: count() }).from(auditLog).where(where),
    rows: db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)),
  });
}


/** GET /api/admin/audit — searches the audit log, newest first (admin, supervisor); the search is itself audited. */
export async function searchAuditLog(db: Db, ctx: Ctx, q: AuditFilter & Paging) {
  const user = requireUser(ctx.actor, AUDIT_READERS);
  const { total, rows } = await listAuditLog(db, q, firewallCondition(user));
  // Who searched the log for what is itself recorded (issue #10 item 13).
  const { page, pageSize, ...filter } = q;
  await recordAudit(db, ctx, { action: 'audit.search', targetType: 'audit_log', detail: { filter, page, pageSize, total } });
  return pageAnswer(q, total, rows.map(presentAuditRow));
}
