import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { storeFile } from '../files/index.js';
import { requireStaff, VISIT_ROLES } from './policy.js';
import { assertStatus, loadInvitation } from './load-invitation.js';
import { checkupFindings } from './schema.js';
import { fileUrl } from './present.js';
import { PHOTO_OWNER } from './files.js';

/** E3 — a photo of a finding, taken at the visit (JPEG/PNG/WebP by its bytes: checked by the route's `readUpload`). Stored behind the firewall. */
export async function addFindingPhoto(db: Db, ctx: Ctx, id: string, findingId: string, file: { filename: string; data: Buffer; mime: string }) {
  const user = requireStaff(ctx.actor, VISIT_ROLES);
  const inv = await loadInvitation(db, ctx, id);
  assertStatus(inv, ['scheduled', 'visited']);
  const { mime } = file;
  const [finding] = await db
    .select({ id: checkupFindings.id })
    .from(checkupFindings)
    .where(and(eq(checkupFindings.enterpriseId, inv.enterpriseId), eq(checkupFindings.invitationId, inv.id), eq(checkupFindings.id, findingId)));
  if (!finding) throw new AppError(404, 'checkup-finding-not-found');
  return db.transaction(async (tx) => {
    const fileId = await storeFile(tx, { enterpriseId: inv.enterpriseId, ownerType: PHOTO_OWNER, ownerId: finding.id, filename: file.filename || 'photo', mime, data: file.data, uploadedBy: user.username, now: ctx.now });
    await recordAudit(tx, ctx, { action: 'checkups.photo.add', targetType: 'checkup-finding', targetId: finding.id, enterpriseId: inv.enterpriseId, detail: { fileId } });
    return { id: fileId, url: fileUrl(fileId) };
  });
}
