import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import type { Upload } from '../platform/http/upload.js';
import { storeFile, type ImageType } from '../files/index.js';
import { getInspection } from './get-inspection.js';

export const PHOTO_MAX_MB = 8;

/** A7 — a photo for the result (JPEG, PNG or WebP by content, at most 8 MB: checked by the route's `readUpload`); an officer of the visit. */
export async function uploadPhoto(db: Db, ctx: Ctx, id: string, file: Upload<ImageType>) {
  const actor = requireUser(ctx.actor, ['officer']);
  const { mime } = file;
  return db.transaction(async (tx) => {
    const { i } = await getInspection(tx, ctx, id);
    if (!actor.officerId || !i.officerIds.includes(actor.officerId)) throw new AppError(403, 'not-on-visit');
    const fileId = await storeFile(tx, { enterpriseId: i.enterpriseId, ownerType: 'inspection', ownerId: i.id, filename: file.filename, mime, data: file.data, uploadedBy: actor.userId, now: ctx.now });
    await recordAudit(tx, ctx, { action: 'inspection.photo', targetType: 'inspection', targetId: i.id, enterpriseId: i.enterpriseId, detail: { fileId, size: file.data.length, mime } });
    return { id: fileId, mime, size: file.data.length };
  });
}
