import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { assertMayReadFile } from '../platform/policy/firewall.js';
import { storedFiles } from '../files/schema.js';
import { checkupFindings } from './schema.js';
import { loadInvitation } from './load-invitation.js';
import { PHOTO_OWNER, REPORT_OWNER } from './files.js';

/** A check-up photo or report, to a caller who may see its check-up (the firewall first). Audited. */
export async function downloadCheckupFile(db: Db, ctx: Ctx, fileId: string) {
  const [file] = await db.select().from(storedFiles).where(eq(storedFiles.id, fileId)).limit(1);
  if (!file || (file.ownerType !== PHOTO_OWNER && file.ownerType !== REPORT_OWNER) || !file.ownerId || !file.enterpriseId) {
    throw new AppError(404, 'checkup-file-not-found');
  }
  assertMayReadFile(ctx.actor, file.ownerType);
  let invitationId = file.ownerId;
  if (file.ownerType === PHOTO_OWNER) {
    const [f] = await db
      .select({ invitationId: checkupFindings.invitationId })
      .from(checkupFindings)
      .where(and(eq(checkupFindings.enterpriseId, file.enterpriseId), eq(checkupFindings.id, file.ownerId)));
    if (!f) throw new AppError(404, 'checkup-file-not-found');
    invitationId = f.invitationId;
  }
  const inv = await loadInvitation(db, ctx, invitationId);
  await recordAudit(db, ctx, { action: 'checkups.file.read', targetType: 'checkup-file', targetId: file.id, enterpriseId: inv.enterpriseId, detail: { ownerType: file.ownerType } });
  return { filename: file.filename, mime: file.mime, data: file.data, sha256: file.sha256 };
}
