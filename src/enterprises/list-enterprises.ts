import { and, asc, count, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { Actor } from '../platform/policy/actor.js';
import { enterpriseScope } from '../platform/policy/policy.js';
import { divisions } from '../organisation/schema.js';
import { enterprises } from './schema.js';
import { paginate } from '../platform/http/paging.js';

export interface EnterpriseFilter {
  q?: string;
  industry?: string;
  divisionCode?: string;
  status?: string;
}

/** The filter as SQL, always narrowed to the caller's enterprise scope. */
export function enterpriseConditions(actor: Actor, f: EnterpriseFilter): SQL | undefined {
  const scope = enterpriseScope(actor);
  const conds: SQL[] = [];
  if ('none' in scope) conds.push(sql`false`);
  else if (!scope.all) conds.push(eq(enterprises.id, scope.enterpriseId));
  if (f.q) {
    const q = f.q.trim();
    const escaped = q.replace(/[\\%_]/g, (c) => '\\' + c);
    conds.push(or(ilike(enterprises.name, `%${escaped}%`), like(enterprises.uscc, `${escaped.toUpperCase()}%`))!);
  }
  if (f.industry) conds.push(eq(enterprises.industry, f.industry));
  if (f.status) conds.push(eq(enterprises.status, f.status as 'active'));
  if (f.divisionCode) {
    // A city or province code selects everything under it (340200 → 3402xx).
    const prefix = f.divisionCode.replace(/(00)+$/, '');
    conds.push(like(enterprises.divisionCode, `${prefix}%`));
  }
  return conds.length ? and(...conds) : undefined;
}

export async function listEnterprises(db: DbOrTx, actor: Actor, f: EnterpriseFilter & { page: number; pageSize: number }) {
  const where = enterpriseConditions(actor, f);
  const { total, rows } = await paginate(f, {
    count: db.select({ n: count() }).from(enterprises).where(where),
    rows: db
      .select({ e: enterprises, divisionName: divisions.name })
      .from(enterprises)
      .leftJoin(divisions, eq(divisions.code, enterprises.divisionCode))
      .where(where)
      .orderBy(asc(enterprises.name), asc(enterprises.id)),
  });
  return { total, rows };
}
