import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { storedFiles } from '../files/schema.js';
import { loadCase } from './cases.js';

/** An evidence file of a case in scope (a sensitive read: audited). */
export async function readCaseFile(db: Db, ctx: Ctx, caseId: string, fileId: string) {
  const c = await loadCase(db, ctx, caseId);
  const [f] = await db
    .select()
    .from(storedFiles)
    .where(
      and(
        eq(storedFiles.id, fileId),
        eq(storedFiles.ownerType, 'supervision-case'),
        eq(storedFiles.ownerId, caseId),
      ),
    );
  if (!f) throw new AppError(404, 'case-file-not-found');
  await recordAudit(db, ctx, {
    action: 'supervision.case.file.read',
    targetType: 'stored-file',
    targetId: f.id,
    enterpriseId: c.enterpriseId,
    detail: { caseId },
  });
  return f;
}
