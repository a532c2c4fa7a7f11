import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { enterprises } from '../enterprises/schema.js';
import { departments } from '../organisation/schema.js';
import { INBOX_READERS, requireSupervisor } from './access.js';
import { signals, type SignalKind, type SignalSource } from './schema.js';
import { paginate } from '../platform/http/paging.js';

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

type SignalRow = {
  s: typeof signals.$inferSelect;
  enterpriseName: string | null;
  uscc: string | null;
  departmentName: string | null;
};

/** A signal with the links to its enterprise file and inspection. */
export function presentSignal({ s, enterpriseName, uscc, departmentName }: SignalRow) {
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

const selectSignals = (db: DbOrTx) =>
  db
    .select({
      s: signals,
      enterpriseName: enterprises.name,
      uscc: enterprises.uscc,
      departmentName: departments.name,
    })
    .from(signals)
    .leftJoin(enterprises, eq(enterprises.id, signals.enterpriseId))
    .leftJoin(departments, eq(departments.id, signals.departmentId));

/** B1 — the inbox: signals of every source, newest first, filtered. Supervisors and administrators. */
export async function listSignals(db: Db, ctx: Ctx, f: SignalFilter & { page: number; pageSize: number }) {
  requireUser(ctx.actor, INBOX_READERS);
  const where = signalConditions(f);
  const { total, rows } = await paginate(f, {
    count: db
      .select({ n: sql<number>`count(*)::int` })
      .from(signals)
      .leftJoin(enterprises, eq(enterprises.id, signals.enterpriseId))
      .where(where),
    rows: selectSignals(db)
      .where(where)
      .orderBy(desc(signals.createdAt), desc(signals.id)),
  });
  return { items: rows.map(presentSignal), total, page: f.page, pageSize: f.pageSize };
}

export async function signalsOfCase(db: DbOrTx, caseId: string) {
  return (await selectSignals(db).where(eq(signals.caseId, caseId)).orderBy(signals.createdAt)).map(
    presentSignal,
  );
}

/** B1 — counts by kind (total and still open), by status, source and severity, for the same filters but kind. */
export async function countSignals(db: Db, ctx: Ctx, f: SignalFilter) {
  requireUser(ctx.actor, INBOX_READERS);
  const where = signalConditions(f, { withKind: false });
  const group = async (
    col: typeof signals.kind | typeof signals.status | typeof signals.source | typeof signals.severity,
  ) => {
    const rows = await db
      .select({
        key: col,
        n: sql<number>`count(*)::int`,
        open: sql<number>`count(*) FILTER (WHERE ${signals.status} = 'open')::int`,
      })
      .from(signals)
      .leftJoin(enterprises, eq(enterprises.id, signals.enterpriseId))
      .where(where)
      .groupBy(col);
    return rows;
  };
  const byKind = await group(signals.kind);
  return {
    total: byKind.reduce((a, r) => a + r.n, 0),
    open: byKind.reduce((a, r) => a + r.open, 0),
    byKind: Object.fromEntries(byKind.map((r) => [r.key, { total: r.n, open: r.open }])),
    byStatus: Object.fromEntries((await group(signals.status)).map((r) => [r.key, r.n])),
    bySource: Object.fromEntries((await group(signals.source)).map((r) => [r.key, r.n])),
    bySeverity: Object.fromEntries((await group(signals.severity)).map((r) => [r.key, r.n])),
  };
}

/**
 * B1 — dismisses open signals with a reason (supervisor; each audited). Signals already handled or unknown are
 * reported, not changed.
 */
export async function dismissSignals(db: Db, ctx: Ctx, input: { signalIds: string[]; reason: string }) {
  const supervisor = requireSupervisor(ctx.actor);
  const ids = [...new Set(input.signalIds)];
  return db.transaction(async (tx) => {
    const found = await tx
      .select({
        id: signals.id,
        status: signals.status,
        enterpriseId: signals.enterpriseId,
        kind: signals.kind,
      })
      .from(signals)
      .where(inArray(signals.id, ids))
      .orderBy(signals.id)
      .for('update');
    const open = found.filter((s) => s.status === 'open');
    if (open.length) {
      await tx
        .update(signals)
        .set({
          status: 'dismissed',
          dismissReason: input.reason,
          handledBy: supervisor.userId,
          handledAt: ctx.now,
        })
        .where(
          inArray(
            signals.id,
            open.map((s) => s.id),
          ),
        );
    }
    for (const s of open) {
      await recordAudit(tx, ctx, {
        action: 'supervision.signal.dismiss',
        targetType: 'supervision-signal',
        targetId: s.id,
        enterpriseId: s.enterpriseId,
        detail: { kind: s.kind, reason: input.reason },
      });
    }
    const skipped = [
      ...found.filter((s) => s.status !== 'open').map((s) => ({ id: s.id, reason: s.status })),
      ...ids.filter((id) => !found.some((s) => s.id === id)).map((id) => ({ id, reason: 'not-found' })),
    ];
    return { dismissed: open.map((s) => s.id), skipped };
  });
}
