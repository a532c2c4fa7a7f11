import type { Db } from '../db/client.js';
import type { Ctx } from '../policy/actor.js';
import { requireUser } from '../policy/policy.js';
import { recordAudit } from './record.js';
import { sealAllPending } from './seal.js';
import { describeAuditReport, verifyAuditChain } from './verify.js';
import type { AuditAnchor } from './anchor.js';
import { AUDIT_READERS } from './audit-filter.js';

/**
 * GET /api/admin/audit/verify — seals the pending audit rows, then verifies the SM3 hash chain from `fromSeq`
 * (admin, supervisor); the check is itself audited.
 */
export async function checkAuditChain(db: Db, ctx: Ctx, anchor: AuditAnchor, fromSeq?: number) {
  requireUser(ctx.actor, AUDIT_READERS);
  const newlySealed = await sealAllPending(db, { anchor });
  const report = await verifyAuditChain(db, { fromSeq, anchor });
  await recordAudit(db, ctx, {
    action: 'audit.verify',
    targetType: 'audit_log',
    detail: {
      chainOk: report.ok,
      sealed: report.sealed,
      unsealed: report.unsealed,
      newlySealed,
      fromSeq: fromSeq ?? 1,
      firstBroken: report.firstBroken ?? null,
    },
  });
  const [zh, en] = describeAuditReport(report, newlySealed);
  return { ...report, newlySealed, summary: ctx.locale === 'zh-CN' ? zh : en };
}
