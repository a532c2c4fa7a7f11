import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { enterprises } from '../enterprises/schema.js';
import { CASE_ANSWERERS, CASE_READERS, caseScope } from './access.js';
import { supervisionCases, AWAITING_ANSWER } from './schema.js';
import { pageAnswer, paginate } from '../platform/http/paging.js';
import { presentCase, selectCases, type CaseFilter } from './cases.js';
import { countWithEnterprise } from '../enterprises/index.js';

/** B2 — cases in the caller's scope: all for supervisors, the own department's for its users. */
export async function listCases(db: Db, ctx: Ctx, f: CaseFilter) {
  const user = requireUser(ctx.actor, CASE_READERS);
  // A department user's scope names the department already: another department is an empty page, the own one adds
  // no condition (two equalities on one column make a constant condition, which PostgreSQL 15 cannot hand to
  // Citus beside the outer join).
  const own = CASE_ANSWERERS.includes(user.role) ? user.departmentId : undefined;
  if (f.departmentId && own && f.departmentId !== own) return pageAnswer(f, 0, []);
  const conds: SQL[] = [caseScope(ctx.actor)];
  if (f.status) conds.push(eq(supervisionCases.status, f.status));
  if (f.source) conds.push(eq(supervisionCases.source, f.source));
  if (f.departmentId && f.departmentId !== own) conds.push(eq(supervisionCases.departmentId, f.departmentId));
  if (f.enterpriseUscc) conds.push(eq(enterprises.uscc, f.enterpriseUscc.trim().toUpperCase()));
  if (f.overdue)
    conds.push(
      and(inArray(supervisionCases.status, [...AWAITING_ANSWER]), lt(supervisionCases.dueAt, ctx.now))!,
    );
  if (f.from) conds.push(gte(supervisionCases.openedAt, f.from));
  if (f.to) conds.push(lt(supervisionCases.openedAt, f.to));
  const where = and(...conds);
  const { total, rows } = await paginate(f, {
    count: countWithEnterprise(db, supervisionCases, supervisionCases.enterpriseId, where),
    rows: selectCases(db)
      .where(where)
      .orderBy(desc(supervisionCases.openedAt), desc(supervisionCases.id)),
  });
  return pageAnswer(f, total, rows.map((r) => presentCase(r, ctx.now)));
}
