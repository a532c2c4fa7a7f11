/**
 * Versioned rule sets (C2). A version is never changed: an administrator's change writes the next version,
 * audited; each penalty record keeps the id of the version it was decided under. The built-in defaults are
 * written as version 1 the first time they are needed.
 */
import { desc, eq, sql } from 'drizzle-orm';
import { rows, type DbOrTx, type Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { departments } from '../organisation/schema.js';
import { creditDepartmentRuleSets, creditRuleSets } from './schema.js';
import { DEFAULT_RULE_SETS, ruleSetProblems, type RuleSet } from './rules/rule-set.js';
import { judgeRecord, type Candidate, type RecordFacts } from './rules/transition.js';
import { stableJson } from '../platform/audit/canonical.js';

export type RuleSetVersion = typeof creditRuleSets.$inferSelect;

async function latestVersions(db: DbOrTx): Promise<RuleSetVersion[]> {
  return db
    .selectDistinctOn([creditRuleSets.code])
    .from(creditRuleSets)
    .orderBy(creditRuleSets.code, desc(creditRuleSets.version));
}

/**
 * The current version of every rule set, writing the defaults first if they are missing — and the next version
 * of a built-in default whose text changed since the system wrote it (a version an administrator wrote is left
 * alone).
 */
export async function currentRuleSets(db: DbOrTx, now: Date): Promise<RuleSetVersion[]> {
  const found = await latestVersions(db);
  const due = Object.entries(DEFAULT_RULE_SETS).flatMap(([code, rules]) => {
    const latest = found.find((f) => f.code === code);
    if (!latest) return [{ code, version: 1, rules, note: 'built-in default' }];
    if (latest.createdBy === 'system' && stableJson(latest.rules) !== stableJson(rules)) {
      return [{ code, version: latest.version + 1, rules, note: 'built-in default updated' }];
    }
    return [];
  });
  if (due.length === 0) return found;
  await db
    .insert(creditRuleSets)
    .values(due.map((d) => ({ id: newId(), ...d, createdAt: now, createdBy: 'system' })))
    .onConflictDoNothing();
  return latestVersions(db);
}

export interface DepartmentRules {
  department: { id: string; code: string; name: string; field: string };
  /** The set the department applies now. */
  ruleSet: RuleSetVersion;
  /** Every current set: the ones `ruleSet` replaced judge older records (rules/transition.ts). */
  all: RuleSetVersion[];
  /** Why the department publishes minor records (确有必要, 令第36号); null: it does not. */
  minorPublishReason: string | null;
}

/** The rule set that judges a record of this department: in force on its decision date, or kinder (从旧兼从轻). */
export function judgeWith(rules: DepartmentRules, facts: Omit<RecordFacts, 'publishReason'>) {
  const cand = (v: RuleSetVersion): Candidate<RuleSetVersion> => ({ code: v.code, rules: v.rules, ref: v });
  return judgeRecord(cand(rules.ruleSet), rules.all.map(cand), { ...facts, publishReason: rules.minorPublishReason });
}

/**
 * Resolves departments to the rule-set version they apply now: an explicit assignment, else the set whose
 * `defaultForFields` names the department's field, else `national`. Unknown departments are left out.
 */
export async function rulesForDepartments(db: DbOrTx, ids: string[], now: Date): Promise<Map<string, DepartmentRules>> {
  const out = new Map<string, DepartmentRules>();
  if (ids.length === 0) return out;
  const current = await currentRuleSets(db, now);
  const found = await rows<{ id: string; code: string; name: string; field: string; assigned: string | null; reason: string | null }>(
    db,
    sql`SELECT d.id, d.code, d.name, d.field, a.rule_set_code AS assigned, a.minor_publish_reason AS reason
        FROM ${departments} d LEFT JOIN ${creditDepartmentRuleSets} a ON a.department_id = d.id
        WHERE d.id = ANY(${sql.param([...new Set(ids)])}::uuid[])`,
  );
  for (const { reason, ...d } of found) {
    out.set(d.id, { department: d, ruleSet: ruleSetFor(current, d.field, d.assigned), all: current, minorPublishReason: reason });
  }
  return out;
}

function ruleSetFor(current: RuleSetVersion[], field: string, assigned: string | null): RuleSetVersion {
  const byCode = (code: string) => current.find((c) => c.code === code);
  return (
    (assigned ? byCode(assigned) : undefined) ??
    current.find((c) => c.rules.defaultForFields.includes(field)) ??
    byCode('national')!
  );
}

/** GET /api/credit/rule-sets — current versions and the departments applying each (staff). */
export async function listRuleSets(db: Db, ctx: Ctx) {
  requireUser(ctx.actor, ['admin', 'credit_officer', 'supervisor']);
  const current = await currentRuleSets(db, ctx.now);
  const depts = await db
    .select({ id: departments.id, code: departments.code, name: departments.name, field: departments.field, assigned: creditDepartmentRuleSets.ruleSetCode })
    .from(departments)
    .leftJoin(creditDepartmentRuleSets, eq(creditDepartmentRuleSets.departmentId, departments.id))
    .orderBy(departments.code);
  return {
    items: current.map((v) => ({
      code: v.code,
      version: v.version,
      id: v.id,
      name: v.rules.name,
      rules: v.rules,
      createdAt: v.createdAt,
      createdBy: v.createdBy,
      departments: depts
        .filter((d) => ruleSetFor(current, d.field, d.assigned).code === v.code)
        .map((d) => ({ id: d.id, code: d.code, name: d.name, assigned: d.assigned !== null })),
    })),
  };
}

/** GET /api/credit/rule-sets/:code/versions — every version, newest first (staff). */
export async function listRuleSetVersions(db: Db, ctx: Ctx, code: string) {
  requireUser(ctx.actor, ['admin', 'credit_officer', 'supervisor']);
  await currentRuleSets(db, ctx.now);
  const items = await db.select().from(creditRuleSets).where(eq(creditRuleSets.code, code)).orderBy(desc(creditRuleSets.version));
  if (items.length === 0) throw new AppError(404, 'rule-set-not-found', { code });
  return { items };
}

/** POST /api/credit/rule-sets/:code/versions — the next version of a rule set (admin; audited). */
export async function createRuleSetVersion(db: Db, ctx: Ctx, code: string, input: { rules: RuleSet; note?: string }) {
  requireUser(ctx.actor, ['admin']);
  const problems = ruleSetProblems(input.rules);
  if (problems.length > 0) throw new AppError(422, 'rule-set-invalid', { problems: problems.join('; ') }, { problems });
  await currentRuleSets(db, ctx.now);
  return db.transaction(async (tx) => {
    // Serialises concurrent changes of one code: the second waits and takes the next number.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`credit_rule_set:${code}`}))`);
    const [previous] = await tx.select().from(creditRuleSets).where(eq(creditRuleSets.code, code)).orderBy(desc(creditRuleSets.version)).limit(1);
    const version = (previous?.version ?? 0) + 1;
    const [row] = await tx
      .insert(creditRuleSets)
      .values({ id: newId(), code, version, rules: input.rules, note: input.note ?? null, createdAt: ctx.now, createdBy: actorName(ctx) })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'credit.rule-set.version',
      targetType: 'credit_rule_set',
      targetId: row!.id,
      detail: { code, version, previousVersion: previous?.version ?? null, note: input.note ?? null, previous: previous?.rules ?? null, rules: input.rules },
    });
    return row!;
  });
}

/**
 * PUT /api/credit/rule-sets/assignments/:departmentId — the rule set a department applies, and why it publishes
 * minor records where the set publishes them only when necessary (admin; audited).
 */
export async function assignRuleSet(db: Db, ctx: Ctx, departmentId: string, code: string, minorPublishReason: string | null = null) {
  requireUser(ctx.actor, ['admin']);
  const current = await currentRuleSets(db, ctx.now);
  if (!current.some((c) => c.code === code)) throw new AppError(404, 'rule-set-not-found', { code });
  return db.transaction(async (tx) => {
    const [dept] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
    if (!dept) throw new AppError(404, 'unknown-department', { id: departmentId });
    const [before] = await tx.select().from(creditDepartmentRuleSets).where(eq(creditDepartmentRuleSets.departmentId, departmentId)).for('update');
    await tx
      .insert(creditDepartmentRuleSets)
      .values({ departmentId, ruleSetCode: code, minorPublishReason, updatedAt: ctx.now, updatedBy: actorName(ctx) })
      .onConflictDoUpdate({
        target: creditDepartmentRuleSets.departmentId,
        set: { ruleSetCode: code, minorPublishReason, updatedAt: ctx.now, updatedBy: actorName(ctx) },
      });
    await recordAudit(tx, ctx, {
      action: 'credit.rule-set.assign',
      targetType: 'department',
      targetId: departmentId,
      detail: { code, previous: before?.ruleSetCode ?? null, minorPublishReason, previousReason: before?.minorPublishReason ?? null },
    });
    return { departmentId, code, minorPublishReason };
  });
}

function actorName(ctx: Ctx): string {
  const a = ctx.actor;
  return a.kind === 'user' ? a.username : a.kind === 'system' || a.kind === 'integration' ? a.name : 'anonymous';
}
