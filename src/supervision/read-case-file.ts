import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { ownedFile } from '../files/index.js';
import { loadCase } from './cases.js';

/** An evidence file of a case in scope (a sensitive read: audited). */
export async function readCaseFile(db: Db, ctx: Ctx, caseId: string, fileId: string) {
  const c = await loadCase(db, ctx, caseId);
  const f = await ownedFile(db, { type: 'supervision-case', id: caseId }, fileId);
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
