/**
 * Versioned rule sets (C2). A version is never changed: an administrator's change writes the next version,
 * audited; each penalty record keeps the id of the version it was decided under. The built-in defaults are
 * written as version 1 the first time they are needed.
 */
import { desc, sql } from 'drizzle-orm';
import { rows, type DbOrTx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { departments } from '../organisation/schema.js';
import { creditDepartmentRuleSets, creditRuleSets } from './schema.js';
import { DEFAULT_RULE_SETS } from './rules/rule-set.js';
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

export function ruleSetFor(current: RuleSetVersion[], field: string, assigned: string | null): RuleSetVersion {
  const byCode = (code: string) => current.find((c) => c.code === code);
  return (
    (assigned ? byCode(assigned) : undefined) ??
    current.find((c) => c.rules.defaultForFields.includes(field)) ??
    byCode('national')!
  );
}

export function actorName(ctx: Ctx): string {
  const a = ctx.actor;
  return a.kind === 'user' ? a.username : a.kind === 'system' || a.kind === 'integration' ? a.name : 'anonymous';
}
