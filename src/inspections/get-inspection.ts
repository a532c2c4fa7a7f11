import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { DeniedError } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { enterpriseOf } from '../platform/db/owner.js';
import { enterprises } from '../enterprises/schema.js';
import { evaluations, inspections } from './schema.js';
import { inspectionScope } from './list-inspections.js';

/**
 * One inspection within the caller's scope; out of scope is a 404 (audited as a denial), as if absent. `forUpdate`
 * locks the row by its enterprise and id (one shard on a Citus cluster).
 */
export async function getInspection(db: DbOrTx, ctx: Ctx, id: string, opts: { forUpdate?: boolean } = {}) {
  const enterpriseId = opts.forUpdate ? await enterpriseOf(db, inspections, id) : undefined;
  if (opts.forUpdate && !enterpriseId) throw new AppError(404, 'inspection-not-found');
  const q = db
    .select({ i: inspections, enterpriseName: enterprises.name, uscc: enterprises.uscc, inScope: inspectionScope(ctx.actor), evaluatedAt: evaluations.createdAt })
    .from(inspections)
    .innerJoin(enterprises, eq(enterprises.id, inspections.enterpriseId))
    .leftJoin(evaluations, and(eq(evaluations.enterpriseId, inspections.enterpriseId), eq(evaluations.inspectionId, inspections.id)))
    .where(and(enterpriseId ? eq(inspections.enterpriseId, enterpriseId) : undefined, eq(inspections.id, id)))
    .limit(1);
  const [row] = opts.forUpdate ? await q.for('update', { of: inspections }) : await q;
  if (!row) throw new AppError(404, 'inspection-not-found');
  if (!row.inScope) throw new DeniedError(404, 'inspection-out-of-scope');
  return row;
}
