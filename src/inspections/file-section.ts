import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { fileSection } from '../platform/parts/part.js';
import { departments, officers } from '../organisation/schema.js';
import { inspectionItems } from '../catalog/schema.js';
import { evaluations, inspections, INSPECTION_KINDS, TRIGGERS } from './schema.js';
import { inspectionScope } from './list-inspections.js';

const named = z.object({ id: z.string(), name: z.string().nullable() });

/** A row of the `inspections` section. */
export const inspectionFileRow = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(INSPECTION_KINDS),
  trigger: z.enum(TRIGGERS).nullable(),
  departments: z.array(named),
  items: z.array(named),
  window: z.object({ start: z.string(), end: z.string() }),
  officers: z.array(named),
  status: z.enum(['issued', 'revoked', 'done']),
  result: z.enum(['no-problem', 'rectification', 'case-opened']).nullable(),
  rating: z.number().int().nullable().describe('The enterprise’s overall rating of the visit (1–5), once it evaluated'),
});

/** 一企一档 — the enterprise's inspections the caller may see (own department's, own enterprise's, or all). */
export const inspectionsSection = fileSection(inspectionFileRow, async (db, ctx, enterpriseId) => {
  const rows = await db
    .select({ i: inspections, rating: evaluations.overall })
    .from(inspections)
    .leftJoin(evaluations, and(eq(evaluations.enterpriseId, inspections.enterpriseId), eq(evaluations.inspectionId, inspections.id)))
    .where(and(eq(inspections.enterpriseId, enterpriseId), inspectionScope(ctx.actor)))
    .orderBy(desc(inspections.windowStart))
    .limit(200);
  if (!rows.length) return [];
  const ids = (pick: (i: (typeof rows)[number]['i']) => string[]) => [...new Set(rows.flatMap((r) => pick(r.i))), '00000000-0000-0000-0000-000000000000'];
  const [depts, items, staff] = await Promise.all([
    db.select({ id: departments.id, name: departments.shortName }).from(departments).where(inArray(departments.id, ids((i) => i.departmentIds))),
    db.select({ id: inspectionItems.id, name: inspectionItems.name }).from(inspectionItems).where(inArray(inspectionItems.id, ids((i) => i.itemIds))),
    db.select({ id: officers.id, name: officers.name }).from(officers).where(inArray(officers.id, ids((i) => i.officerIds))),
  ]);
  const namedIn = <T extends { id: string }>(list: T[], wanted: string[]) => wanted.map((id) => list.find((x) => x.id === id)).filter((x): x is T => x !== undefined);
  return rows.map(({ i, rating }) => ({
    id: i.id,
    code: i.code,
    kind: i.kind,
    trigger: i.trigger,
    departments: namedIn(depts, i.departmentIds),
    items: namedIn(items, i.itemIds),
    window: { start: i.windowStart.toISOString(), end: i.windowEnd.toISOString() },
    officers: namedIn(staff, i.officerIds),
    status: i.status,
    result: i.result?.outcome ?? null,
    rating,
  }));
});
