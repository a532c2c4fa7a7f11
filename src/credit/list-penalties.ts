import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { chinaDay } from '../organisation/index.js';
import { departments } from '../organisation/schema.js';
import { enterprises } from '../enterprises/schema.js';
import { creditScope, penaltyVisibility, scopeCondition } from './policy.js';
import { presentPenalty } from './present.js';
import { openApplicationsOf } from './open-applications.js';
import { penaltyRecords as p } from './schema.js';
import { pageAnswer, paginate } from '../platform/http/paging.js';

export interface PenaltyFilter {
  uscc?: string;
  departmentId?: string;
  status?: (typeof p.$inferSelect)['status'];
  severity?: (typeof p.$inferSelect)['severity'];
  /** Only records the subject may apply to repair today. */
  repairable?: boolean;
  page: number;
  pageSize: number;
}

/** GET /api/credit/penalties — records in the caller's scope (an enterprise: its own), newest decision first. */
export async function listPenalties(db: Db, ctx: Ctx, f: PenaltyFilter) {
  const conds: SQL[] = [scopeCondition(creditScope(ctx.actor))];
  if (f.uscc) conds.push(eq(p.uscc, f.uscc.trim().toUpperCase()));
  if (f.departmentId) conds.push(eq(p.departmentId, f.departmentId));
  if (f.status) conds.push(eq(p.status, f.status));
  if (f.severity) conds.push(eq(p.severity, f.severity));
  if (f.repairable) {
    const today = chinaDay(ctx.now);
    conds.push(and(eq(p.status, 'published'), lt(p.minEnd, today), gte(p.maxEnd, today))!);
  }
  const where = and(...conds);
  const { total, rows: found } = await paginate(f, {
    count: db.select({ n: count() }).from(p).where(where),
    rows: db
      .select({ p, departmentName: departments.name, enterpriseName: enterprises.name })
      .from(p)
      .leftJoin(departments, eq(departments.id, p.departmentId))
      .leftJoin(enterprises, eq(enterprises.id, p.enterpriseId))
      .where(where)
      .orderBy(desc(p.decisionDate), desc(p.id)),
  });
  const open = await openApplicationsOf(db, found.map((r) => r.p));
  return pageAnswer(f, total, found.map((r) => presentPenalty(r.p, r, { now: ctx.now, open: open.get(r.p.id) ?? null })));
}

/**
 * Records of one enterprise with their department names, as the caller may see them (the enterprise file's
 * `penalties` section): see `penaltyVisibility`.
 */
export async function penaltiesOf(db: Db, ctx: Ctx, enterpriseId: string) {
  const found = await db
    .select({ p, departmentName: departments.name })
    .from(p)
    .leftJoin(departments, eq(departments.id, p.departmentId))
    .where(and(eq(p.enterpriseId, enterpriseId), penaltyVisibility(ctx.actor)))
    .orderBy(desc(p.decisionDate));
  const open = await openApplicationsOf(db, found.map((r) => r.p));
  return found.map((r) => presentPenalty(r.p, r, { now: ctx.now, open: open.get(r.p.id) ?? null }));
}

