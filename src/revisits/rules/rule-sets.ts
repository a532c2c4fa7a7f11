/**
 * The numbers of revisits' rules (G4, G5), versioned: a new version is a new entry with its effective date. The
 * seed gives the direction, not the numbers ("按照一定比例…对满意率较低、问题反馈较多的执法大队，适当提高抽查比例";
 * "将12345投诉台账、执法检查记录、行政处罚记录等数据接入回访机制…建立预警清单"); the numbers are this
 * product's defaults, configurable by a new version.
 */
export interface RevisitRuleSet {
  version: string;
  effectiveFrom: string;
  source: string;
  ratio: {
    /** The share of a team's work drawn when nothing raises it. */
    base: number;
    min: number;
    max: number;
    /** A team whose satisfaction (share of satisfied revisits) was below this… */
    satisfactionBelow: number;
    /** …or whose problems per revisit were above this… */
    problemsPerRevisitAbove: number;
    /** …gets this much more, per reason. */
    step: number;
  };
  watch: {
    /** Points per 12345 complaint about the enterprise / attributed to the team. */
    complaint: number;
    /** Points per inspection in the period, and extra points per inspection that found a problem. */
    inspection: number;
    inspectionProblem: number;
    /** Points per penalty record by severity. */
    penalty: { minor: number; ordinary: number; serious: number };
    /** Levels: a score at or above `high` is high risk, at or above `medium` medium. */
    high: number;
    medium: number;
  };
}

export const REVISIT_RULE_SETS: readonly RevisitRuleSet[] = [
  {
    version: '2026.1',
    effectiveFrom: '2026-07-01',
    source: 'seed 经验做法六（淮南市《涉企行政执法回访制度（试行）》）；数值为本系统默认值',
    ratio: { base: 0.2, min: 0.1, max: 0.5, satisfactionBelow: 0.9, problemsPerRevisitAbove: 0.5, step: 0.1 },
    watch: { complaint: 3, inspection: 0.5, inspectionProblem: 2, penalty: { minor: 1, ordinary: 3, serious: 6 }, high: 10, medium: 5 },
  },
];

export function revisitRuleSetAt(day: string): RevisitRuleSet {
  const inForce = REVISIT_RULE_SETS.filter((r) => r.effectiveFrom <= day).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  return inForce[0] ?? REVISIT_RULE_SETS[0]!;
}
