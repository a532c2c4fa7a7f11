import { and, desc, eq } from 'drizzle-orm';
import type { FileSectionLoader } from '../platform/parts/part.js';
import { departments } from '../organisation/schema.js';
import { caseScope } from './access.js';
import { supervisionCases } from './schema.js';

/**
 * 一企一档 — the supervision cases about an enterprise, for staff in scope (supervisors all, a department its
 * own); an enterprise's own users see none.
 */
export const supervisionSection: FileSectionLoader = async (db, ctx, enterpriseId) => {
  if (ctx.actor.kind !== 'user' || ctx.actor.role === 'enterprise') return [];
  const rows = await db
    .select({ c: supervisionCases, departmentName: departments.name })
    .from(supervisionCases)
    .leftJoin(departments, eq(departments.id, supervisionCases.departmentId))
    .where(and(eq(supervisionCases.enterpriseId, enterpriseId), caseScope(ctx.actor)))
    .orderBy(desc(supervisionCases.openedAt))
    .limit(200);
  return rows.map(({ c, departmentName }) => ({
    id: c.id,
    caseNo: c.caseNo,
    title: c.title,
    source: c.source,
    status: c.status,
    department: { id: c.departmentId, name: departmentName },
    openedAt: c.openedAt.toISOString(),
    dueDay: c.dueDay,
    closedAt: c.closedAt?.toISOString() ?? null,
    closedOnTime: c.closedOnTime,
    link: `/api/supervision/cases/${c.id}`,
  }));
};
