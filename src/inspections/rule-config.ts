/**
 * Where part A's rule sets come from: the built-in versions (rules/rule-set.ts) and a province's own, read once
 * from `INSPECTION_RULES_FILE` (a JSON array of versions, each with its id, version, effective day and source).
 * A file that does not parse stops the server at start (the routes load it when they register).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Config } from '../platform/config/config.js';
import { inspectionRuleSetSchema, ruleSetInForce, type InspectionRuleSet } from './rules/rule-set.js';

const fileSchema = z.array(inspectionRuleSetSchema).refine((sets) => new Set(sets.map((s) => `${s.id}@${s.version}`)).size === sets.length, {
  message: 'each id and version appears once',
});
const loaded = new Map<string, InspectionRuleSet[]>();

/** The province's versions (none without a file). */
export function provinceRuleSets(config: Pick<Config, 'inspectionRulesFile'>): InspectionRuleSet[] {
  const file = config.inspectionRulesFile;
  if (!file) return [];
  let sets = loaded.get(file);
  if (!sets) {
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`INSPECTION_RULES_FILE ${file}: ${z.prettifyError(parsed.error)}`);
    sets = parsed.data;
    loaded.set(file, sets);
  }
  return sets;
}

/** The part A rule set in force at `now` for this deployment. */
export const inspectionRulesAt = (config: Pick<Config, 'inspectionRulesFile'>, now: Date): InspectionRuleSet => ruleSetInForce(now, provinceRuleSets(config));
