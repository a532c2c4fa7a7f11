import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { storeFile } from '../files/index.js';
import { enterprises } from '../enterprises/schema.js';
import { departmentName } from '../organisation/index.js';
import { chinaDayOf } from '../calendar/index.js';
import { requireStaff } from './policy.js';
import { assertStatus, loadInvitation, lockInvitation } from './load-invitation.js';
import { checkupChecklists, checkupExperts, checkupFindings, checkupInvitations } from './schema.js';
import { renderCheckupReport } from './report-pdf.js';
import { notifyCheckup } from './notify-enterprise.js';
import { fileUrl } from './present.js';
import { REPORT_OWNER } from './files.js';

/**
 * E5 — the expert of the visit signs off the report: a Chinese PDF of every item's result and each problem with
 * its basis, advice and fix-now or plan. The PDF is stored behind the firewall and its SHA-256 kept on the
 * check-up; the check-up moves on to rectification (open problems) or closes (none).
 */
export async function signReport(db: Db, ctx: Ctx, id: string) {
  const user = requireStaff(ctx.actor, ['expert']);
  const inv = await loadInvitation(db, ctx, id);
  assertStatus(inv, ['visited']);
  const [expert] = await db.select().from(checkupExperts).where(eq(checkupExperts.id, inv.expertId!));
  if (!expert || expert.userId !== user.userId) throw new AppError(403, 'checkup-not-assigned-expert');
  const [[ent], department, [checklist], findings] = await Promise.all([
    db.select().from(enterprises).where(eq(enterprises.id, inv.enterpriseId)),
    departmentName(db, inv.departmentId),
    db.select().from(checkupChecklists).where(eq(checkupChecklists.id, inv.checklistId!)),
    db.select().from(checkupFindings).where(and(eq(checkupFindings.enterpriseId, inv.enterpriseId), eq(checkupFindings.invitationId, inv.id))).orderBy(asc(checkupFindings.createdAt), asc(checkupFindings.id)),
  ]);
  const pdf = await renderCheckupReport({
    enterprise: { name: ent!.name, uscc: ent!.uscc, address: ent!.address },
    department,
    visitDay: chinaDayOf(inv.visitedAt ?? inv.visitAt ?? ctx.now),
    expert: expert.name,
    signedDay: chinaDayOf(ctx.now),
    checklist: { version: checklist!.version, items: checklist!.items },
    findings: findings.map((f) => ({ itemCode: f.itemCode, outcome: f.outcome, description: f.description, basis: f.basis, advice: f.advice, resolution: f.resolution, milestones: f.milestones })),
  });
  const open = findings.some((f) => f.status === 'open');
  return db.transaction(async (tx) => {
    const cur = await lockInvitation(tx, inv);
    assertStatus(cur, ['visited']);
    const fileId = await storeFile(tx, {
      enterpriseId: cur.enterpriseId,
      ownerType: REPORT_OWNER,
      ownerId: cur.id,
      filename: `环保体检报告-${ent!.uscc}-${chinaDayOf(ctx.now)}.pdf`,
      mime: 'application/pdf',
      data: pdf.data,
      uploadedBy: user.username,
      now: ctx.now,
    });
    const status = open ? ('rectifying' as const) : ('closed' as const);
    await tx
      .update(checkupInvitations)
      .set({ status, reportFileId: fileId, reportSha256: pdf.sha256, signedAt: ctx.now, signedBy: expert.name, closedAt: open ? null : ctx.now })
      .where(and(eq(checkupInvitations.enterpriseId, cur.enterpriseId), eq(checkupInvitations.id, cur.id)));
    await recordAudit(tx, ctx, { action: 'checkups.report.sign', targetType: 'checkup-report', targetId: cur.id, enterpriseId: cur.enterpriseId, detail: { fileId, sha256: pdf.sha256, status } });
    await notifyCheckup(tx, ctx.now, { enterpriseId: cur.enterpriseId, kind: 'checkup-report-ready', params: {}, invitationId: cur.id, dedupeKey: `checkup-report:${cur.id}` });
    return { id: cur.id, status, fileId, sha256: pdf.sha256, url: fileUrl(fileId) };
  });
}
