import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { sniffImage } from '../files/index.js';
import { storeFile } from '../files/index.js';
import { getInspection } from './get-inspection.js';

export const PHOTO_MAX_MB = 8;

/** A7 — a photo for the result: JPEG, PNG or WebP by content, at most 8 MB; an officer of the visit. */
export async function uploadPhoto(db: Db, ctx: Ctx, id: string, file: { filename: string; data: Buffer; truncated: boolean }) {
  const actor = requireUser(ctx.actor, ['officer']);
  if (file.truncated || file.data.length > PHOTO_MAX_MB * 1024 * 1024) throw new AppError(413, 'photo-too-large', { mb: PHOTO_MAX_MB });
  const mime = sniffImage(file.data);
  if (!mime) throw new AppError(415, 'photo-type');
  return db.transaction(async (tx) => {
    const { i } = await getInspection(tx, ctx, id);
    if (!actor.officerId || !i.officerIds.includes(actor.officerId)) throw new AppError(403, 'not-on-visit');
    const fileId = await storeFile(tx, { enterpriseId: i.enterpriseId, ownerType: 'inspection', ownerId: i.id, filename: file.filename, mime, data: file.data, uploadedBy: actor.userId, now: ctx.now });
    await recordAudit(tx, ctx, { action: 'inspection.photo', targetType: 'inspection', targetId: i.id, enterpriseId: i.enterpriseId, detail: { fileId, size: file.data.length, mime } });
    return { id: fileId, mime, size: file.data.length };
  });
}
