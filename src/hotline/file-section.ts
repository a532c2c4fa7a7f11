import { and, desc, eq } from 'drizzle-orm';
import { registerFileSection } from '../enterprises/file-sections.js';
import { complaints, inspections } from '../inspections/schema.js';
import { departments } from '../organisation/schema.js';
import { hotlineTickets } from './schema.js';
import { maskPhone } from './tickets.js';

/**
 * 一企一档 — complaints: the enterprise's own complaints about inspections (A8, via 皖企通) and, for staff, the
 * 12345 tickets matched to it (the caller's number masked). An enterprise sees its own complaints only: a
 * hotline ticket about it may come from a third party.
 */
registerFileSection('complaints', async (db, ctx, enterpriseId) => {
  if (ctx.actor.kind !== 'user') return [];
  const own = await db
    .select({ c: complaints, departmentName: departments.name })
    .from(complaints)
    .leftJoin(
      inspections,
      and(eq(inspections.enterpriseId, complaints.enterpriseId), eq(inspections.id, complaints.inspectionId)),
    )
    .leftJoin(departments, eq(departments.id, inspections.leadDepartmentId))
    .where(eq(complaints.enterpriseId, enterpriseId))
    .orderBy(desc(complaints.createdAt))
    .limit(200);
  const out: Record<string, unknown>[] = own.map(({ c, departmentName }) => ({
    source: 'enterprise-complaint',
    id: c.id,
    at: c.createdAt.toISOString(),
    inspectionId: c.inspectionId,
    department: departmentName,
    category: c.category,
    content: c.content,
  }));
  if (ctx.actor.role !== 'enterprise') {
    const tickets = await db
      .select()
      .from(hotlineTickets)
      .where(eq(hotlineTickets.enterpriseId, enterpriseId))
      .orderBy(desc(hotlineTickets.receivedAt))
      .limit(200);
    for (const t of tickets) {
      out.push({
        source: 'hotline',
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
  return out.sort((a, b) => (String(a.at) < String(b.at) ? 1 : -1));
});
