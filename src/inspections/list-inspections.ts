import { and, arrayContains, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Actor } from '../platform/policy/actor.js';
import { departmentScope, enterpriseScope } from '../platform/policy/policy.js';
import { enterprises } from '../enterprises/schema.js';
import { evaluations, inspections } from './schema.js';
import { paginate } from '../platform/http/paging.js';

export interface InspectionFilter {
  status?: 'issued' | 'revoked' | 'done';
  kind?: 'planned' | 'triggered';
  enterpriseUscc?: string;
  from?: Date;
  to?: Date;
  /** Only visits the calling officer takes part in. */
  mine?: boolean;
  page: number;
  pageSize: number;
}

/** The inspections the caller may see: own department's (officers), own enterprise's, or all (supervisor). */
export function inspectionScope(actor: Actor): SQL {
  if (actor.kind === 'user' && actor.role === 'enterprise') {
    const e = enterpriseScope(actor);
    return 'enterpriseId' in e ? eq(inspections.enterpriseId, e.enterpriseId) : sql`false`;
  }
  const d = departmentScope(actor);
  if ('none' in d) return sql`false`;
  if (d.all) return sql`true`;
  return arrayContains(inspections.departmentIds, [d.departmentId]);
}

export async function listInspections(db: Db, actor: Actor, f: InspectionFilter) {
  const conds: SQL[] = [inspectionScope(actor)];
  if (f.status) conds.push(eq(inspections.status, f.status));
  if (f.kind) conds.push(eq(inspections.kind, f.kind));
  if (f.enterpriseUscc) conds.push(eq(enterprises.uscc, f.enterpriseUscc.trim().toUpperCase()));
  if (f.from) conds.push(gte(inspections.windowStart, f.from));
  if (f.to) conds.push(lte(inspections.windowStart, f.to));
  if (f.mine && actor.kind === 'user' && actor.officerId) conds.push(arrayContains(inspections.officerIds, [actor.officerId]));
  const where = and(...conds);
  const { total, rows } = await paginate(f, {
    count: db.select({ n: sql<number>`count(*)::int` }).from(inspections).innerJoin(enterprises, eq(enterprises.id, inspections.enterpriseId)).where(where),
    rows: db
      .select({ i: inspections, enterpriseName: enterprises.name, uscc: enterprises.uscc, evaluatedAt: evaluations.createdAt })
      .from(inspections)
      .innerJoin(enterprises, eq(enterprises.id, inspections.enterpriseId))
      .leftJoin(evaluations, and(eq(evaluations.enterpriseId, inspections.enterpriseId), eq(evaluations.inspectionId, inspections.id)))
      .where(where)
      .orderBy(desc(inspections.windowStart), desc(inspections.id)),
  });
  return { total, rows };
}
