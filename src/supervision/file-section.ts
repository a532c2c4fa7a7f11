import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { fileSection } from '../platform/parts/part.js';
import { departments } from '../organisation/schema.js';
import { caseScope } from './access.js';
import { CASE_SOURCES, CASE_STATUSES, supervisionCases } from './schema.js';

/** A row of the `supervision` section. */
export const supervisionFileRow = z.object({
  id: z.string(),
  caseNo: z.string(),
  title: z.string(),
  source: z.enum(CASE_SOURCES),
  status: z.enum(CASE_STATUSES),
  department: z.object({ id: z.string(), name: z.string().nullable() }),
  openedAt: z.string(),
  dueDay: z.string(),
  closedAt: z.string().nullable(),
  closedOnTime: z.boolean().nullable(),
  link: z.string(),
});

/**
 * 一企一档 — the supervision cases about an enterprise, for staff in scope (supervisors all, a department its
 * own); an enterprise's own users see none.
 */
export const supervisionSection = fileSection(supervisionFileRow, async (db, ctx, enterpriseId) => {
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
});
