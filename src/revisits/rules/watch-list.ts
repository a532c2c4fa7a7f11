import type { RevisitRuleSet } from './rule-sets.js';

/**
 * G4 — the risk watch list (风险预警清单): enterprises and teams scored from the period's 12345 complaints,
 * inspection records and penalty records. A score is the sum of its parts, and each part says what it counted,
 * the weight and the points, so every score explains itself.
 */
export interface WatchFacts {
  complaints: number;
  inspections: number;
  inspectionsWithProblems: number;
  penalties: { minor: number; ordinary: number; serious: number };
}

export type WatchPartCode = 'complaints' | 'inspections' | 'inspection-problems' | 'penalties-minor' | 'penalties-ordinary' | 'penalties-serious';

export interface WatchPart {
  code: WatchPartCode;
  count: number;
  weight: number;
  points: number;
}

export interface WatchScore {
  score: number;
  level: 'high' | 'medium' | 'low';
  parts: WatchPart[];
}

const round = (x: number) => Math.round(x * 100) / 100;

export function watchScore(f: WatchFacts, w: RevisitRuleSet['watch']): WatchScore {
  const raw: [WatchPartCode, number, number][] = [
    ['complaints', f.complaints, w.complaint],
    ['inspections', f.inspections, w.inspection],
    ['inspection-problems', f.inspectionsWithProblems, w.inspectionProblem],
    ['penalties-minor', f.penalties.minor, w.penalty.minor],
    ['penalties-ordinary', f.penalties.ordinary, w.penalty.ordinary],
    ['penalties-serious', f.penalties.serious, w.penalty.serious],
  ];
  const parts = raw.filter(([, count]) => count > 0).map(([code, count, weight]) => ({ code, count, weight, points: round(count * weight) }));
  const score = round(parts.reduce((s, p) => s + p.points, 0));
  const level = score >= w.high ? 'high' : score >= w.medium ? 'medium' : 'low';
  return { score, level, parts };
}
