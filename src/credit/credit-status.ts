/**
 * C6 — GET /api/credit/{uscc}/status: the subject's active penalty records for other scenarios (market access,
 * finance, procurement): published, not repaired, maximum not passed — even before the nightly job has run —
 * each with the day it becomes repairable and how. A user (an enterprise only itself) or an integration;
 * audited as a sensitive read. One query finds the subject and its active records (the hot path of the part).
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { assertEnterprise } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { checkUscc } from '../identifiers/index.js';
import { usccReason } from '../enterprises/index.js';
import { chinaDay } from '../organisation/index.js';
import { requireStatusReader } from './policy.js';
import { repairableFrom } from './rules/eligibility.js';
import { repairPath } from './present.js';
import type { PenaltyKind, Severity } from './rules/kinds.js';

interface Row {
  enterprise_id: string;
  enterprise_uscc: string;
  enterprise_name: string;
  uscc_override: boolean;
  id: string | null;
  decision_no: string;
  department_id: string;
  department_name: string | null;
  decision_date: string;
  kinds: PenaltyKind[];
  fine_amount: string | number | null;
  severity: Severity;
  publicity_start: string | null;
  min_end: string | null;
  max_end: string | null;
  auto_repair: boolean;
}

export async function creditStatus(db: Db, ctx: Ctx, raw: string) {
  requireStatusReader(ctx.actor);
  const uscc = raw.trim().toUpperCase();
  const today = chinaDay(ctx.now);
  const found = await rows<Row>(
    db,
    sql`SELECT e.id AS enterprise_id, e.uscc AS enterprise_uscc, e.name AS enterprise_name, e.uscc_override,
               p.id, p.decision_no, p.department_id, d.name AS department_name, p.decision_date, p.kinds, p.fine_amount,
               p.severity, p.publicity_start, p.min_end, p.max_end, p.auto_repair
        FROM enterprise e
        LEFT JOIN credit_penalty p ON p.enterprise_id = e.id AND p.status = 'published' AND p.max_end >= ${today}::date
        LEFT JOIN department d ON d.id = p.department_id
        WHERE e.uscc = ${uscc}
        ORDER BY p.decision_date DESC, p.id`,
  );
  const subject = found[0];
  const check = checkUscc(uscc);
  if (!check.ok && !subject?.uscc_override) {
    throw new AppError(422, 'invalid-uscc', { reason: usccReason(check, ctx.locale) }, { reason: check.reason, position: check.position });
  }
  if (!subject) throw new AppError(404, 'enterprise-not-found', { uscc });
  if (ctx.actor.kind === 'user') assertEnterprise(ctx.actor, subject.enterprise_id);
  const records = found.filter((r) => r.id !== null);
  await recordAudit(db, ctx, {
    action: 'credit.status.read',
    targetType: 'enterprise',
    targetId: subject.enterprise_id,
    enterpriseId: subject.enterprise_id,
    detail: { uscc: subject.enterprise_uscc, active: records.length },
  });
  const day = (v: string | null) => (v === null ? null : String(v).slice(0, 10));
  return {
    uscc: subject.enterprise_uscc,
    name: subject.enterprise_name,
    asOf: today,
    active: records.length,
    records: records.map((r) => {
      const minEnd = day(r.min_end);
      return {
        id: r.id!,
        decisionNo: r.decision_no,
        departmentId: r.department_id,
        departmentName: r.department_name,
        decisionDate: day(r.decision_date),
        kinds: r.kinds,
        fineAmount: r.fine_amount === null ? null : Number(r.fine_amount),
        severity: r.severity,
        status: 'published' as const,
        publicity: { start: day(r.publicity_start), minEnd, maxEnd: day(r.max_end) },
        repairableFrom: repairableFrom({ minEnd }),
        repairPath: repairPath({ status: 'published', autoRepair: r.auto_repair, minEnd }),
      };
    }),
  };
}
