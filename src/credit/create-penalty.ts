import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { chinaDay } from '../organisation/index.js';
import { requirePenaltyWriter } from './policy.js';
import { rulesForDepartments } from './rule-sets.js';
import { checkPenaltyFields, insertPenalties, subjectByUscc, type penaltyInput } from './record-penalty.js';
import type { z } from 'zod';
import type { DepartmentRules } from './rule-sets.js';

/** The rule set and version that judged a record, and why that one (`in-force` or `more-favourable`). */
function ruleSetOf(rules: DepartmentRules, r: { ruleSetId: string; ruleSetReason: string }) {
  const v = rules.all.find((s) => s.id === r.ruleSetId)!;
  return { id: v.code, version: v.version, name: v.rules.name, reason: r.ruleSetReason };
}

/**
 * POST /api/credit/penalties — one penalty record (C1), from a credit officer or an integration. Severity is
 * derived by the department's rule set unless given; publicity follows from it (C2). The repair notice
 * (两书同达) is part of the record from the start: GET /api/credit/penalties/{id}/notice.
 */
export async function createPenalty(db: Db, ctx: Ctx, input: z.output<typeof penaltyInput>) {
  requirePenaltyWriter(ctx.actor);
  checkPenaltyFields(input, chinaDay(ctx.now));
  const subject = await subjectByUscc(db, input.subjectUscc, ctx.locale);
  const rules = (await rulesForDepartments(db, [input.departmentId], ctx.now)).get(input.departmentId);
  if (!rules) throw new AppError(422, 'unknown-department', { id: input.departmentId });
  const { written, duplicates } = await db.transaction((tx) =>
    insertPenalties(tx, ctx, [
      {
        subject,
        decisionNo: input.decisionNo,
        decisionDate: input.decisionDate,
        kinds: input.kinds,
        fineAmount: input.fineAmount ?? null,
        severity: input.severity,
        procedure: input.procedure,
        violationField: input.violationField,
        rules,
        source: 'api',
      },
    ]),
  );
  if (duplicates[0]) {
    throw new AppError(409, 'penalty-duplicate', { decisionNo: input.decisionNo }, { existingId: duplicates[0].existingId });
  }
  const r = written[0]!;
  return {
    id: r.id,
    severity: r.severity,
    publicity: { start: r.publicityStart, minEnd: r.minEnd, maxEnd: r.maxEnd },
    status: r.status,
    procedure: r.procedure,
    violationField: r.violationField,
    ruleSet: ruleSetOf(rules, r),
  };
}
