import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { storeFile } from '../files/index.js';
import { PROOF_NAMES, type ProofKind } from './rules/kinds.js';
import { completion } from './apply-for-repair.js';
import { loadCalendar } from '../calendar/index.js';
import { loadPenalty } from './load-penalty.js';
import { presentApplication } from './present.js';
import { repairApplications, type Proof } from './schema.js';

export const PROOF_MAX_MB = 10;

/**
 * POST /api/credit/applications/:id/proofs/:kind — the enterprise uploads a proof no source held (PDF or
 * image). Only a missing proof may be uploaded; with the last one the application is complete and its review
 * clock starts.
 */
export async function addProof(db: Db, ctx: Ctx, id: string, kind: ProofKind, file: { filename: string; data: Buffer; mime: string }) {
  const user = requireUser(ctx.actor, ['enterprise']);
  const [app] = await db.select().from(repairApplications).where(eq(repairApplications.id, id));
  if (!app || app.enterpriseId !== user.enterpriseId) throw new AppError(404, 'application-not-found');
  if (app.status !== 'awaiting-proof') throw new AppError(409, 'application-not-awaiting-proof');
  const at = app.proofs.findIndex((p) => p.kind === kind && p.status === 'missing');
  if (at < 0) throw new AppError(422, 'proof-not-needed', { kind: PROOF_NAMES[kind][ctx.locale === 'zh-CN' ? 'zh' : 'en'] });
  const { mime } = file;
  const p = await loadPenalty(db, ctx, app.penaltyId);
  const calendar = await loadCalendar(db);
  return db.transaction(async (tx) => {
    const fileId = await storeFile(tx, {
      enterpriseId: app.enterpriseId,
      ownerType: 'credit_application',
      ownerId: id,
      filename: file.filename,
      mime,
      data: file.data,
      uploadedBy: user.userId,
      now: ctx.now,
    });
    const proofs: Proof[] = app.proofs.map((x, i) =>
      i === at ? { kind, status: 'uploaded', source: 'enterprise', reference: fileId, detail: { filename: file.filename, size: file.data.length }, at: ctx.now.toISOString() } : x,
    );
    const [row] = await tx
      .update(repairApplications)
      .set({ proofs, ...completion(proofs, ctx, p.ruleSet.rules.reviewWorkingDays, calendar) })
      .where(and(eq(repairApplications.id, id), eq(repairApplications.status, 'awaiting-proof')))
      .returning();
    if (!row) throw new AppError(409, 'application-not-awaiting-proof');
    await recordAudit(tx, ctx, {
      action: 'credit.application.proof',
      targetType: 'credit_application',
      targetId: id,
      enterpriseId: app.enterpriseId,
      detail: { kind, fileId, status: row.status },
    });
    return presentApplication(row, ctx.now);
  });
}
