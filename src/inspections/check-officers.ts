import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import { departments, officers } from '../organisation/schema.js';
import { certificateCovers } from '../organisation/certificate.js';
import { OFFICER_REASONS } from './messages.js';

/**
 * A5 / 行政处罚法第42条 — at least two officers; each of a department taking part, holding an active certificate
 * that covers that department's field for the whole window; every department represented. Refusals name the
 * officer and the reason.
 */
export async function checkOfficers(
  db: DbOrTx,
  locale: 'zh-CN' | 'en-US',
  officerIds: string[],
  departmentIds: string[],
  window: { start: Date; end: Date },
): Promise<void> {
  const ids = [...new Set(officerIds)];
  // One round trip: each officer with the field of its department when that department takes part.
  const joined = await db
    .select({ o: officers, field: departments.field })
    .from(officers)
    .leftJoin(departments, and(eq(departments.id, officers.departmentId), inArray(departments.id, departmentIds)))
    .where(inArray(officers.id, ids));
  const rows = joined.map((j) => j.o);
  const fields = new Map(joined.filter((j) => j.field !== null).map((j) => [j.o.departmentId, j.field!]));
  const byId = new Map(rows.map((o) => [o.id, o]));
  for (const id of ids) {
    const o = byId.get(id);
    if (!o || !o.active) throw new AppError(422, 'unknown-officer', { id });
    const refuse = (reason: keyof (typeof OFFICER_REASONS)['zh-CN']) => {
      throw new AppError(422, 'officer-not-eligible', { name: o.name, certificateNo: o.certificateNo, reason: OFFICER_REASONS[locale][reason] }, { officerId: id, reason });
    };
    const field = fields.get(o.departmentId);
    if (!field) refuse('department');
    const cover = certificateCovers(o, field!, window.start, window.end);
    if (!cover.ok) refuse(cover.reason);
  }
  const represented = new Set(rows.map((o) => o.departmentId));
  if (ids.length < 2 || departmentIds.some((d) => !represented.has(d))) throw new AppError(422, 'too-few-officers');
}
