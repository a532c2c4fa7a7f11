/** A1 — what makes a joint scenario (联查场景) sound. Pure. */

export interface ScenarioMember {
  id: string;
  name: string;
  departmentId: string;
  /** Industries the item applies to; empty = any. */
  industries: readonly string[];
}

export type ScenarioProblem =
  | { code: 'scenario-single-department' }
  | { code: 'scenario-item-industry'; itemId: string; name: string };

/** An item applies to an industry when it names it, or names none (applies to any). */
export function appliesTo(itemIndustries: readonly string[], industry: string): boolean {
  return itemIndustries.length === 0 || itemIndustries.includes(industry);
}

/**
 * A joint scenario merges the items of **several** departments for one kind of enterprise: at least two
 * departments, and every item must apply to the scenario's industry.
 */
export function scenarioProblems(items: readonly ScenarioMember[], industry: string): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  if (new Set(items.map((i) => i.departmentId)).size < 2) problems.push({ code: 'scenario-single-department' });
  for (const i of items) {
    if (!appliesTo(i.industries, industry)) problems.push({ code: 'scenario-item-industry', itemId: i.id, name: i.name });
  }
  return problems;
}
