/**
 * D5 — the penalty decisions of the caller's drug-regulation department (credit's `listPenalties`, in the caller's
 * credit scope), each marked with whether it has been explained yet. A read: an officer of a department that does
 * not regulate drugs has no decision to explain here and gets an empty page (explaining one is still a 403).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { listPenalties } from '../credit/index.js';
import { AppError } from '../platform/errors/app-error.js';
import { drugDepartmentOf } from './policy.js';
import { decisionExplanations } from './schema.js';
import { pagingFields } from '../platform/http/paging.js';

export const decisionFilters = z.object({
  uscc: z.string().trim().max(32).optional(),
  ...pagingFields({ maxSize: 100 }),
});

export const decisionItemSchema = z.object({
  penaltyId: z.uuid(),
  decisionNo: z.string(),
  decisionDate: z.string(),
  uscc: z.string(),
  enterpriseName: z.string().nullable(),
  kinds: z.array(z.string()),
  fineAmount: z.number().nullable(),
  status: z.string(),
  explainedAt: z.string().nullable(),
});

export async function listDecisions(db: Db, ctx: Ctx, f: z.infer<typeof decisionFilters>) {
  const department = await drugDepartmentOf(db, ctx.actor).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'licence-department') return null;
    throw e;
  });
  if (!department) return { total: 0, items: [] };
  const page = await listPenalties(db, ctx, {
    departmentId: department.id,
    uscc: f.uscc,
    page: f.page,
    pageSize: f.pageSize,
  });
  const ids = page.items.map((p) => p.id);
  const explained = ids.length
    ? await db
        .select({ id: decisionExplanations.penaltyId, at: decisionExplanations.updatedAt })
        .from(decisionExplanations)
        .where(
          and(
            eq(decisionExplanations.departmentId, department.id),
            inArray(decisionExplanations.penaltyId, ids),
          ),
        )
    : [];
  return {
    total: page.total,
    items: page.items.map((p) => ({
      penaltyId: p.id,
      decisionNo: p.decisionNo,
      decisionDate: p.decisionDate,
      uscc: p.uscc,
      enterpriseName: p.enterpriseName ?? null,
      kinds: p.kinds,
      fineAmount: p.fineAmount,
      status: p.status,
      explainedAt: explained.find((e) => e.id === p.id)?.at.toISOString() ?? null,
    })),
  };
}
