import { and, arrayContains, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../platform/policy/actor.js';
import { z } from 'zod';
import { fileSection } from '../platform/parts/part.js';
import { complaints, inspections } from '../inspections/schema.js';
import { departments } from '../organisation/schema.js';
import { hotlineTickets } from './schema.js';
import { HOTLINE_STAFF, maskPhone } from './tickets.js';

/**
 * Which complaints about visits (A8, misconduct) the caller may read: the enterprise its own; the supervisor and
 * admin every one; a department administrator those about its own department's visits (it answers the case).
 * Nobody else — not other departments, not experts, and not the officers complained about.
 */
function complaintScope(actor: Actor): SQL {
  if (actor.kind !== 'user') return sql`false`;
  if (actor.role === 'enterprise') return actor.enterpriseId ? eq(complaints.enterpriseId, actor.enterpriseId) : sql`false`;
  if (actor.role === 'supervisor' || actor.role === 'admin') return sql`true`;
  if (actor.role === 'dept_admin' && actor.departmentId) return arrayContains(inspections.departmentIds, [actor.departmentId]);
  return sql`false`;
}

/** A row of the `complaints` section: an enterprise's complaint about a visit, or (hotline staff only) a 12345 ticket. */
export const complaintFileRow = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('enterprise-complaint'),
    id: z.string(),
    at: z.string(),
    inspectionId: z.string(),
    department: z.string().nullable(),
    category: z.string(),
    content: z.string(),
  }),
  z.object({
    source: z.literal('hotline'),
    id: z.string(),
    at: z.string(),
    ticketNo: z.string(),
    category: z.string().nullable(),
    content: z.string(),
    callerPhone: z.string().nullable().describe('Masked'),
    enforcementRelated: z.boolean(),
    signalId: z.string().nullable(),
  }),
]);

/**
 * 一企一档 — complaints: complaints about inspections (A8, via 皖企通) as `complaintScope` allows, and for the
 * hotline staff (supervisor, admin) the 12345 tickets matched to the enterprise (the caller's number masked). An
 * enterprise never sees the tickets: one about it may come from a third party.
 */
export const complaintsSection = fileSection(complaintFileRow, async (db, ctx, enterpriseId) => {
  if (ctx.actor.kind !== 'user') return [];
  const own = await db
    .select({ c: complaints, departmentName: departments.name })
    .from(complaints)
    .leftJoin(
      inspections,
      and(eq(inspections.enterpriseId, complaints.enterpriseId), eq(inspections.id, complaints.inspectionId)),
    )
    .leftJoin(departments, eq(departments.id, inspections.leadDepartmentId))
    .where(and(eq(complaints.enterpriseId, enterpriseId), complaintScope(ctx.actor)))
    .orderBy(desc(complaints.createdAt))
    .limit(200);
  const out: z.input<typeof complaintFileRow>[] = own.map(({ c, departmentName }) => ({
    source: 'enterprise-complaint' as const,
    id: c.id,
    at: c.createdAt.toISOString(),
    inspectionId: c.inspectionId,
    department: departmentName,
    category: c.category,
    content: c.content,
  }));
  if (HOTLINE_STAFF.includes(ctx.actor.role)) {
    const tickets = await db
      .select()
      .from(hotlineTickets)
      .where(eq(hotlineTickets.enterpriseId, enterpriseId))
      .orderBy(desc(hotlineTickets.receivedAt))
      .limit(200);
    for (const t of tickets) {
      out.push({
        source: 'hotline' as const,
        id: t.id,
        at: t.receivedAt.toISOString(),
        ticketNo: t.ticketNo,
        category: t.category,
        content: t.content,
        callerPhone: maskPhone(t.callerPhone),
        enforcementRelated: t.enforcementRelated,
        signalId: t.signalId,
      });
    }
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : -1));
});
