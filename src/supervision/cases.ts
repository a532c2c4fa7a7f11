import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { DeniedError, requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { departments } from '../organisation/schema.js';
import { enterprises } from '../enterprises/schema.js';
import { storedFiles } from '../files/schema.js';
import { CASE_READERS, caseScope } from './access.js';
import { signalsOfCase } from './signals.js';
import {
  supervisionCaseEvents,
  supervisionCases,
  AWAITING_ANSWER,
  type CaseSource,
  type CaseStatus,
} from './schema.js';
import { paginate } from '../platform/http/paging.js';

export interface CaseFilter {
  status?: CaseStatus;
  source?: CaseSource;
  departmentId?: string;
  enterpriseUscc?: string;
  /** Only cases past their deadline and still awaiting the department. */
  overdue?: boolean;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

type CaseRow = {
  c: typeof supervisionCases.$inferSelect;
  departmentName: string | null;
  enterpriseName: string | null;
  uscc: string | null;
};

export function presentCase({ c, departmentName, enterpriseName, uscc }: CaseRow, now: Date) {
  return {
    id: c.id,
    caseNo: c.caseNo,
    title: c.title,
    instructions: c.instructions,
    source: c.source,
    signalKinds: c.signalKinds,
    status: c.status,
    department: { id: c.departmentId, name: departmentName },
    enterprise: c.enterpriseId
      ? { id: c.enterpriseId, name: enterpriseName, uscc, file: uscc ? `/api/enterprises/${uscc}` : null }
      : null,
    inspectionId: c.inspectionId,
    workingDays: c.workingDays,
    openedAt: c.openedAt.toISOString(),
    dueDay: c.dueDay,
    dueAt: c.dueAt.toISOString(),
    overdue: AWAITING_ANSWER.includes(c.status) && now > c.dueAt,
    answeredAt: c.answeredAt?.toISOString() ?? null,
    answerCount: c.answerCount,
    returnCount: c.returnCount,
    completedAt: c.completedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    closedOnTime: c.closedOnTime,
    remindedAt: c.remindedAt?.toISOString() ?? null,
    escalatedAt: c.escalatedAt?.toISOString() ?? null,
  };
}

const selectCases = (db: DbOrTx) =>
  db
    .select({
      c: supervisionCases,
      departmentName: departments.name,
      enterpriseName: enterprises.name,
      uscc: enterprises.uscc,
    })
    .from(supervisionCases)
    .leftJoin(departments, eq(departments.id, supervisionCases.departmentId))
    .leftJoin(enterprises, eq(enterprises.id, supervisionCases.enterpriseId));

/** B2 — cases in the caller's scope: all for supervisors, the own department's for its users. */
export async function listCases(db: Db, ctx: Ctx, f: CaseFilter) {
  requireUser(ctx.actor, CASE_READERS);
  const conds: SQL[] = [caseScope(ctx.actor)];
  if (f.status) conds.push(eq(supervisionCases.status, f.status));
  if (f.source) conds.push(eq(supervisionCases.source, f.source));
  if (f.departmentId) conds.push(eq(supervisionCases.departmentId, f.departmentId));
  if (f.enterpriseUscc) conds.push(eq(enterprises.uscc, f.enterpriseUscc.trim().toUpperCase()));
  if (f.overdue)
    conds.push(
      and(inArray(supervisionCases.status, [...AWAITING_ANSWER]), lt(supervisionCases.dueAt, ctx.now))!,
    );
  if (f.from) conds.push(gte(supervisionCases.openedAt, f.from));
  if (f.to) conds.push(lt(supervisionCases.openedAt, f.to));
  const where = and(...conds);
  const { total, rows } = await paginate(f, {
    count: db
      .select({ n: sql<number>`count(*)::int` })
      .from(supervisionCases)
      .leftJoin(enterprises, eq(enterprises.id, supervisionCases.enterpriseId))
      .where(where),
    rows: selectCases(db)
      .where(where)
      .orderBy(desc(supervisionCases.openedAt), desc(supervisionCases.id)),
  });
  return {
    items: rows.map((r) => presentCase(r, ctx.now)),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** One case in scope; out of scope is a 404 (audited as a denial), as if absent. */
export async function loadCase(db: DbOrTx, ctx: Ctx, id: string, opts: { forUpdate?: boolean } = {}) {
  requireUser(ctx.actor, CASE_READERS);
  const q = db
    .select({ c: supervisionCases, inScope: caseScope(ctx.actor) })
    .from(supervisionCases)
    .where(eq(supervisionCases.id, id))
    .limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  if (!row) throw new AppError(404, 'case-not-found');
  if (!row.inScope) throw new DeniedError(404, 'case-out-of-scope');
  return row.c;
}

/** A case with its timeline (every step, with its evidence files) and the signals it was opened from. */
export async function getCase(db: Db, ctx: Ctx, id: string) {
  await loadCase(db, ctx, id);
  const [row] = await selectCases(db).where(eq(supervisionCases.id, id));
  const events = await db
    .select()
    .from(supervisionCaseEvents)
    .where(eq(supervisionCaseEvents.caseId, id))
    .orderBy(asc(supervisionCaseEvents.at), asc(supervisionCaseEvents.id));
  const fileIds = events.flatMap((e) => e.fileIds);
  const files = fileIds.length
    ? await db
        .select({
          id: storedFiles.id,
          filename: storedFiles.filename,
          mime: storedFiles.mime,
          size: storedFiles.size,
          sha256: storedFiles.sha256,
        })
        .from(storedFiles)
        .where(
          and(
            eq(storedFiles.ownerType, 'supervision-case'),
            eq(storedFiles.ownerId, id),
            inArray(storedFiles.id, fileIds),
          ),
        )
    : [];
  return {
    ...presentCase(row!, ctx.now),
    timeline: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at.toISOString(),
      actor: { type: e.actorType, id: e.actorId, name: e.actorName },
      text: e.text,
      files: e.fileIds.map((fid) => {
        const f = files.find((x) => x.id === fid);
        return {
          id: fid,
          filename: f?.filename ?? null,
          mime: f?.mime ?? null,
          size: f?.size ?? null,
          sha256: f?.sha256 ?? null,
          link: `/api/supervision/cases/${id}/files/${fid}`,
        };
      }),
      detail: e.detail,
    })),
    signals: await signalsOfCase(db, id),
  };
}

/** An evidence file of a case in scope (a sensitive read: audited). */
export async function readCaseFile(db: Db, ctx: Ctx, caseId: string, fileId: string) {
  const c = await loadCase(db, ctx, caseId);
  const [f] = await db
    .select()
    .from(storedFiles)
    .where(
      and(
        eq(storedFiles.id, fileId),
        eq(storedFiles.ownerType, 'supervision-case'),
        eq(storedFiles.ownerId, caseId),
      ),
    );
  if (!f) throw new AppError(404, 'case-file-not-found');
  await recordAudit(db, ctx, {
    action: 'supervision.case.file.read',
    targetType: 'stored-file',
    targetId: f.id,
    enterpriseId: c.enterpriseId,
    detail: { caseId },
  });
  return f;
}
