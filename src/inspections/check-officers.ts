import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import { departments, officers } from '../organisation/schema.js';
import { certificateCovers, type Certificate } from '../organisation/index.js';
import { OFFICER_REASONS } from './messages.js';

/** An officer as the check needs it, with the enforcement field of its department. */
export interface OfficerRow extends Certificate {
  id: string;
  departmentId: string;
  name: string;
  certificateNo: string;
  active: boolean;
  field: string | null;
}

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
  // One round trip: each officer with the field of its department.
  const joined = await db
    .select({ o: officers, field: departments.field })
    .from(officers)
    .leftJoin(departments, eq(departments.id, officers.departmentId))
    .where(inArray(officers.id, [...new Set(officerIds)]));
  checkOfficerRows(joined.map((j) => ({ ...j.o, field: j.field })), locale, officerIds, departmentIds, window);
}

/** The check of `checkOfficers` over rows already read. */
export function checkOfficerRows(
  rows: OfficerRow[],
  locale: 'zh-CN' | 'en-US',
  officerIds: string[],
  departmentIds: string[],
  window: { start: Date; end: Date },
): void {
  const ids = [...new Set(officerIds)];
  const byId = new Map(rows.map((o) => [o.id, o]));
  for (const id of ids) {
    const o = byId.get(id);
    if (!o || !o.active) throw new AppError(422, 'unknown-officer', { id });
    const refuse = (reason: keyof (typeof OFFICER_REASONS)['zh-CN']) => {
      throw new AppError(422, 'officer-not-eligible', { name: o.name, certificateNo: o.certificateNo, reason: OFFICER_REASONS[locale][reason] }, { officerId: id, reason });
    };
    // Only a department taking part lends its field.
    const field = departmentIds.includes(o.departmentId) ? o.field : null;
    if (!field) refuse('department');
    const cover = certificateCovers(o, field!, window.start, window.end);
    if (!cover.ok) refuse(cover.reason);
  }
  const represented = new Set(rows.map((o) => o.departmentId));
  if (ids.length < 2 || departmentIds.some((d) => !represented.has(d))) throw new AppError(422, 'too-few-officers');
}
