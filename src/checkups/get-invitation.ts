import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { enterprises } from '../enterprises/schema.js';
import { users } from '../platform/auth/schema.js';
import { storedFiles } from '../files/schema.js';
import { loadInvitation } from './load-invitation.js';
import { ageDays, fileUrl } from './present.js';
import { checkupChecklists, checkupContacts, checkupExperts, checkupFindings } from './schema.js';
import { PHOTO_OWNER } from './files.js';

/** One check-up with its checklist, findings (with photos), the liaison's contact log and the report. Audited. */
export async function getInvitation(db: Db, ctx: Ctx, id: string) {
  const inv = await loadInvitation(db, ctx, id);
  const [[ent], [expert], [liaison], checklist, findings, contacts] = await Promise.all([
    db.select({ uscc: enterprises.uscc, name: enterprises.name }).from(enterprises).where(eq(enterprises.id, inv.enterpriseId)),
    inv.expertId ? db.select({ name: checkupExperts.name }).from(checkupExperts).where(eq(checkupExperts.id, inv.expertId)) : Promise.resolve([]),
    inv.liaisonUserId ? db.select({ name: users.displayName }).from(users).where(eq(users.id, inv.liaisonUserId)) : Promise.resolve([]),
    inv.checklistId ? db.select().from(checkupChecklists).where(eq(checkupChecklists.id, inv.checklistId)) : Promise.resolve([]),
    db.select().from(checkupFindings).where(and(eq(checkupFindings.enterpriseId, inv.enterpriseId), eq(checkupFindings.invitationId, inv.id))).orderBy(asc(checkupFindings.createdAt), asc(checkupFindings.id)),
    db.select().from(checkupContacts).where(and(eq(checkupContacts.enterpriseId, inv.enterpriseId), eq(checkupContacts.invitationId, inv.id))).orderBy(asc(checkupContacts.at), asc(checkupContacts.id)),
  ]);
  const photos = findings.length
    ? await db
        .select({ id: storedFiles.id, filename: storedFiles.filename, ownerId: storedFiles.ownerId })
        .from(storedFiles)
        .where(and(eq(storedFiles.ownerType, PHOTO_OWNER), inArray(storedFiles.ownerId, findings.map((f) => f.id))))
        .orderBy(asc(storedFiles.createdAt))
    : [];
  await recordAudit(db, ctx, { action: 'checkups.invitation.read', targetType: 'checkup-invitation', targetId: inv.id, enterpriseId: inv.enterpriseId });
  const cl = checklist[0];
  return {
    id: inv.id,
    enterprise: ent!,
    channel: inv.channel,
    status: inv.status,
    note: inv.note,
    preferredDates: inv.preferredDates,
    receivedAt: inv.receivedAt.toISOString(),
    ageDays: ageDays(inv.receivedAt, ctx.now),
    visitAt: inv.visitAt?.toISOString() ?? null,
    expert: expert?.name ?? null,
    liaison: liaison?.name ?? null,
    campaignId: inv.campaignId,
    recordedBy: inv.recordedBy,
    expertId: inv.expertId,
    liaisonUserId: inv.liaisonUserId,
    visitedAt: inv.visitedAt?.toISOString() ?? null,
    checklist: cl ? { id: cl.id, version: cl.version, effectiveFrom: cl.effectiveFrom, source: cl.source, items: cl.items } : null,
    findings: findings.map((f) => ({
      id: f.id,
      itemCode: f.itemCode,
      outcome: f.outcome,
      description: f.description,
      basis: f.basis,
      advice: f.advice,
      resolution: f.resolution,
      milestones: f.milestones,
      status: f.status,
      closedAt: f.closedAt?.toISOString() ?? null,
      closedBy: f.closedBy,
      closureNote: f.closureNote,
      createdAt: f.createdAt.toISOString(),
      photos: photos.filter((p) => p.ownerId === f.id).map((p) => ({ id: p.id, filename: p.filename, url: fileUrl(p.id) })),
    })),
    contacts: contacts.map((c) => ({ id: c.id, findingId: c.findingId, at: c.at.toISOString(), channel: c.channel, note: c.note, by: c.byName })),
    report:
      inv.reportFileId && inv.reportSha256 && inv.signedAt
        ? { fileId: inv.reportFileId, sha256: inv.reportSha256, signedAt: inv.signedAt.toISOString(), signedBy: inv.signedBy ?? '', url: fileUrl(inv.reportFileId) }
        : null,
    closedAt: inv.closedAt?.toISOString() ?? null,
  };
}
