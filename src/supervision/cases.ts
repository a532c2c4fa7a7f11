import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { DeniedError, requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { CASE_READERS, caseScope } from './access.js';
import { selectWithNames, type WithNames } from './select-with-names.js';
import { supervisionCases, AWAITING_ANSWER, type CaseSource, type CaseStatus } from './schema.js';

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

export function presentCase({ row: c, departmentName, enterpriseName, uscc }: WithNames<typeof supervisionCases.$inferSelect>, now: Date) {
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

export const selectCases = (db: DbOrTx) => selectWithNames(db, supervisionCases);

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

