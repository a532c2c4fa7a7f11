/**
 * D4 — service records in the caller's scope: the enterprise its own (with each inspection, read-only), the
 * department its own, oversight all. Filtered by inspection (read through the inspections part's read model, in
 * scope: out of scope is a 404), enterprise or kind.
 */
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { enterprises } from '../enterprises/schema.js';
import { departments } from '../organisation/schema.js';
import { getInspection } from '../inspections/index.js';
import { drugRowScope } from './policy.js';
import { SERVICE_KINDS, serviceRecords } from './schema.js';

export const serviceFilters = z.object({
  inspectionId: z.uuid().optional(),
  enterpriseUscc: z.string().trim().max(32).optional(),
  kind: z.enum(SERVICE_KINDS).optional(),
});

export const serviceRecordSchema = z.object({
  id: z.uuid(),
  inspectionId: z.uuid(),
  enterpriseUscc: z.string(),
  enterpriseName: z.string(),
  departmentName: z.string().nullable(),
  kind: z.enum(SERVICE_KINDS),
  topic: z.string(),
  questions: z.array(z.object({ question: z.string(), answer: z.string() })),
  content: z.string().nullable(),
  minutes: z.number().int().nullable(),
  attendees: z.number().int().nullable(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});

export async function listServiceRecords(db: Db, ctx: Ctx, f: z.infer<typeof serviceFilters>) {
  const scope = drugRowScope(ctx, serviceRecords);
  let byInspection;
  if (f.inspectionId) {
    const { i } = await getInspection(db, ctx, f.inspectionId);
    byInspection = and(
      eq(serviceRecords.enterpriseId, i.enterpriseId),
      eq(serviceRecords.inspectionId, i.id),
    );
  }
  const found = await db
    .select({
      r: serviceRecords,
      uscc: enterprises.uscc,
      name: enterprises.name,
      departmentName: departments.name,
    })
    .from(serviceRecords)
    .innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId))
    .leftJoin(departments, eq(departments.id, serviceRecords.departmentId))
    .where(
      and(
        scope,
        byInspection,
        f.enterpriseUscc ? eq(enterprises.uscc, f.enterpriseUscc.toUpperCase()) : undefined,
        f.kind ? eq(serviceRecords.kind, f.kind) : undefined,
      ),
    )
    .orderBy(desc(serviceRecords.recordedAt), desc(serviceRecords.id))
    .limit(500);
  return {
    items: found.map(({ r, uscc, name, departmentName }) => ({
      id: r.id,
      inspectionId: r.inspectionId,
      enterpriseUscc: uscc,
      enterpriseName: name,
      departmentName,
      kind: r.kind,
      topic: r.topic,
      questions: r.questions,
      content: r.content,
      minutes: r.minutes,
      attendees: r.attendees,
      recordedByName: r.recordedByName,
      recordedAt: r.recordedAt.toISOString(),
    })),
  };
}
