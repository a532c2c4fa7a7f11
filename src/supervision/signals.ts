import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { enterprises } from '../enterprises/schema.js';
import { signals, type SignalKind, type SignalSource } from './schema.js';
import { selectWithNames, type WithNames } from './select-with-names.js';

export interface SignalFilter {
  kind?: SignalKind;
  source?: SignalSource;
  status?: 'open' | 'case-opened' | 'dismissed';
  severity?: 'low' | 'medium' | 'high';
  departmentId?: string;
  enterpriseId?: string;
  enterpriseUscc?: string;
  inspectionId?: string;
  caseId?: string;
  /** Raised at or after. */
  from?: Date;
  /** Raised before. */
  to?: Date;
}

export function signalConditions(f: SignalFilter, opts: { withKind?: boolean } = {}): SQL | undefined {
  const conds: SQL[] = [];
  if (f.kind && opts.withKind !== false) conds.push(eq(signals.kind, f.kind));
  if (f.source) conds.push(eq(signals.source, f.source));
  if (f.status) conds.push(eq(signals.status, f.status));
  if (f.severity) conds.push(eq(signals.severity, f.severity));
  if (f.departmentId) conds.push(eq(signals.departmentId, f.departmentId));
  if (f.enterpriseId) conds.push(eq(signals.enterpriseId, f.enterpriseId));
  if (f.enterpriseUscc) conds.push(eq(enterprises.uscc, f.enterpriseUscc.trim().toUpperCase()));
  if (f.inspectionId) conds.push(eq(signals.inspectionId, f.inspectionId));
  if (f.caseId) conds.push(eq(signals.caseId, f.caseId));
  if (f.from) conds.push(gte(signals.createdAt, f.from));
  if (f.to) conds.push(lt(signals.createdAt, f.to));
  return conds.length ? and(...conds) : undefined;
}

/** A signal with the links to its enterprise file and inspection. */
export function presentSignal({ row: s, enterpriseName, uscc, departmentName }: WithNames<typeof signals.$inferSelect>) {
  return {
    id: s.id,
    kind: s.kind,
    source: s.source,
    severity: s.severity,
    status: s.status,
    enterprise: s.enterpriseId
      ? { id: s.enterpriseId, name: enterpriseName, uscc, file: uscc ? `/api/enterprises/${uscc}` : null }
      : null,
    inspectionId: s.inspectionId,
    inspection: s.inspectionId ? { id: s.inspectionId, link: `/api/inspections/${s.inspectionId}` } : null,
    departmentId: s.departmentId,
    department: s.departmentId ? { id: s.departmentId, name: departmentName } : null,
    detail: s.detail,
    caseId: s.caseId,
    dismissReason: s.dismissReason,
    handledAt: s.handledAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
  };
}

export const selectSignals = (db: DbOrTx) => selectWithNames(db, signals);

export async function signalsOfCase(db: DbOrTx, caseId: string) {
  return (await selectSignals(db).where(eq(signals.caseId, caseId)).orderBy(signals.createdAt)).map(
    presentSignal,
  );
}

