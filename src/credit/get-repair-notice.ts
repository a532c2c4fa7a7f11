import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { loadPenalty } from './load-penalty.js';
import { repairNotice } from './repair-notice.js';

/** GET /api/credit/penalties/:id/notice — the repair notice (两书同达), for the subject and staff in scope. */
export async function getRepairNotice(db: Db, ctx: Ctx, id: string) {
  return repairNotice(await loadPenalty(db, ctx, id), ctx.locale);
}
