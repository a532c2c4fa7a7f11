import { and, eq, inArray } from 'drizzle-orm';
import type { AppDeps } from '../platform/http/types.js';
import { verifyCode } from '../codes/code-text.js';
import { contentDigest } from '../codes/payload.js';
import { enterprises } from '../enterprises/schema.js';
import { departments, officers } from '../organisation/schema.js';
import { certificateState } from '../organisation/certificate.js';
import { inspectionItems } from '../catalog/schema.js';
import { inspections } from './schema.js';
import { codeStatus, type CodeStatus } from './rules/code-status.js';

export type ScanResult =
  | { status: 'invalid' }
  | {
      status: Exclude<CodeStatus, 'invalid'>;
      inspectionId: string;
      kind: 'planned' | 'triggered';
      trigger: string | null;
      window: { start: string; end: string };
      enterprise: { uscc: string; name: string; address: string };
      departments: { id: string; name: string }[];
      items: { id: string; code: string; name: string; legalBasis: string; published: boolean }[];
      officers: { id: string; name: string; certificateNo: string; validUntil: string; certificateState: string }[];
      arrivalConfirmedAt: string | null;
      revokedReason: string | null;
      backfilled: boolean;
      keyId: string;
    };

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * A6 — verification of a scanned code, no login needed. The signature is checked with the platform's keys;
 * then the stored visit must match what the code binds (enterprise, window, departments, items, officers,
 * approver) — anything altered, forged or unknown is `invalid`.
 */
export async function scanCode(deps: AppDeps, text: string, now: Date): Promise<ScanResult> {
  const kid = text.split('.')[0] ?? '';
  const key = await deps.keyring.resolve(kid, now);
  const payload = key ? verifyCode(text, () => key) : null;
  if (!payload) return { status: 'invalid' };
  const { db } = deps.database;
  const [row] = await db
    .select({ i: inspections, e: { uscc: enterprises.uscc, name: enterprises.name, address: enterprises.address } })
    .from(inspections)
    .innerJoin(enterprises, eq(enterprises.id, inspections.enterpriseId))
    .where(eq(inspections.id, payload.inspectionId))
    .limit(1);
  if (!row) return { status: 'invalid' };
  const i = row.i;
  const bound = contentDigest({ departmentIds: i.departmentIds, itemIds: i.itemIds, officerIds: i.officerIds, approvedBy: i.approvedBy });
  const sameVisit =
    row.e.uscc === payload.uscc && seconds(i.windowStart) === seconds(payload.windowStart) && seconds(i.windowEnd) === seconds(payload.windowEnd);
  // An older version of a merged visit's code differs in content: it scans as revoked, not invalid.
  if (!sameVisit || (payload.codeVersion === i.codeVersion && bound !== payload.digest)) return { status: 'invalid' };
  const status = codeStatus(i, payload.codeVersion, now);
  if (status === 'invalid') return { status };

  const [depts, items, offs] = await Promise.all([
    db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, i.departmentIds)),
    db
      .select({ id: inspectionItems.id, code: inspectionItems.code, name: inspectionItems.name, legalBasis: inspectionItems.legalBasis, published: inspectionItems.published })
      .from(inspectionItems)
      .where(inArray(inspectionItems.id, i.itemIds)),
    db.select().from(officers).where(and(inArray(officers.id, i.officerIds))),
  ]);
  return {
    status,
    inspectionId: i.id,
    kind: i.kind,
    trigger: i.trigger,
    window: { start: i.windowStart.toISOString(), end: i.windowEnd.toISOString() },
    enterprise: row.e,
    departments: i.departmentIds.map((id) => depts.find((d) => d.id === id)).filter((d) => d !== undefined),
    items,
    officers: offs.map((o) => ({
      id: o.id,
      name: o.name,
      certificateNo: o.certificateNo,
      validUntil: o.certificateValidUntil,
      certificateState: certificateState(o, now),
    })),
    arrivalConfirmedAt: i.arrivalConfirmedAt?.toISOString() ?? null,
    revokedReason: status === 'revoked' ? (i.revokedReason ?? 'superseded') : null,
    backfilled: i.backfilled,
    keyId: kid,
  };
}
