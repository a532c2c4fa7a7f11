import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { PROOF_NAMES } from './rules/kinds.js';
import { requiredProofs } from './rules/eligibility.js';
import { deliveriesOf } from './deliveries.js';
import { loadPenalty } from './load-penalty.js';
import { presentApplication, presentPenalty } from './present.js';
import { openApplicationsOf } from './open-applications.js';
import { repairApplications as a } from './schema.js';

/**
 * GET /api/credit/applications/:id — the application beside its record: each required proof with what was
 * gathered or uploaded for it, the checks, the signed commitment, and the deliveries once repaired.
 */
export async function getApplication(db: Db, ctx: Ctx, id: string) {
  const user = requireUser(ctx.actor, ['enterprise', 'credit_officer', 'admin', 'supervisor']);
  const [app] = await db.select().from(a).where(eq(a.id, id));
  if (!app || (user.role === 'enterprise' && app.enterpriseId !== user.enterpriseId)) throw new AppError(404, 'application-not-found');
  const p = await loadPenalty(db, ctx, app.penaltyId);
  // An application carries the enterprise's proofs: every detail read is audited (issue #10 item 13).
  await recordAudit(db, ctx, { action: 'credit.application.view', targetType: 'credit_application', targetId: id, enterpriseId: app.enterpriseId });
  const lang = ctx.locale === 'zh-CN' ? 'zh' : 'en';
  return {
    application: presentApplication(app, ctx.now),
    penalty: presentPenalty(p.record, { departmentName: p.department.name, enterpriseName: p.enterprise.name }, { now: ctx.now, open: (await openApplicationsOf(db, [p.record])).get(p.record.id) ?? null }),
    ruleSet: { code: p.ruleSet.code, version: p.ruleSet.version, name: p.ruleSet.rules.name },
    sideBySide: requiredProofs(p.record, p.ruleSet.rules).map((kind) => ({
      kind,
      name: PROOF_NAMES[kind][lang],
      required: true,
      proof: app.proofs.find((x) => x.kind === kind) ?? null,
    })),
    deliveries: p.record.repairApplicationId === app.id ? await deliveriesOf(db, [p.record.id], ctx.locale) : [],
  };
}
