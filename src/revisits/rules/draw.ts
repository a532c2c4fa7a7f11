import { createHash } from 'node:crypto';
import { seededRandom } from '../../inspections/index.js';

/**
 * G2 — the revisit draw, pure: from the period's work (inspections, case files, 12345 complaints), each with the
 * team that did it, draw a share per team at random with a recorded seed, then cross-assign every drawn subject
 * to another team (交叉回访: a team never revisits its own work) so that the teams' loads stay as even as the
 * "not your own work" constraint allows (within one of each other whenever that is possible at all).
 *
 * Everything is sorted before the seeded PRNG touches it, so the same inputs and seed give the same draw
 * whatever order the database returned the rows in.
 */
export const SUBJECT_TYPES = ['inspection', 'case', 'complaint'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export interface DrawSubject {
  subjectType: SubjectType;
  subjectId: string;
  enterpriseUscc: string;
  workTeamId: string;
}

export interface RevisitDrawInput {
  seed: string;
  subjects: DrawSubject[];
  /** Teams that can revisit (every team with staff); a team with work but absent here still cannot revisit. */
  teamIds: string[];
  /** Sampling ratio per work team (0 < r ≤ 1); teams not listed use `defaultRatio`. */
  ratios: Record<string, number>;
  defaultRatio: number;
}

export interface DrawAssignment extends DrawSubject {
  assignedTeamId: string;
}

export interface RevisitDrawResult {
  assignments: DrawAssignment[];
  /** Drawn per work team: population, ratio, drawn. */
  perTeam: { teamId: string; population: number; ratio: number; drawn: number }[];
  /** Assigned per revisiting team. */
  loads: Record<string, number>;
  /** SHA-256 of the sorted subject keys: a re-draw on different data is visible. */
  populationHash: string;
}

const key = (s: DrawSubject) => `${s.subjectType}:${s.subjectId}`;
const byKey = (a: DrawSubject, b: DrawSubject) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** How many of a team's `population` subjects a ratio draws: rounded up, so a team with work is never skipped. */
export const sampleSize = (population: number, ratio: number) => Math.min(population, Math.ceil(population * ratio - 1e-9));

export function drawRevisits(input: RevisitDrawInput): RevisitDrawResult {
  const rnd = seededRandom(input.seed);
  const subjects = dedupe(input.subjects).sort(byKey);
  const teams = [...new Set(input.teamIds)].sort();

  // 1. Sample per work team (partial Fisher–Yates over the sorted subjects of each team, teams in id order).
  const byTeam = groupBy(subjects);
  const perTeam: RevisitDrawResult['perTeam'] = [];
  const drawn: DrawSubject[] = [];
  for (const teamId of [...byTeam.keys()].sort()) {
    const pool = [...byTeam.get(teamId)!];
    const ratio = input.ratios[teamId] ?? input.defaultRatio;
    const n = sampleSize(pool.length, ratio);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(rnd() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    drawn.push(...pool.slice(0, n));
    perTeam.push({ teamId, population: pool.length, ratio, drawn: n });
  }

  // 2. Target loads: water-filling under the caps "everything except your own work".
  const targets = targetLoads(drawn, teams, rnd);

  // 3. Assign: the largest groups of work first, each subject to the eligible team with the most room left.
  const order = shuffle(teams, rnd);
  const rank = new Map(order.map((t, i) => [t, i]));
  const room = new Map(teams.map((t) => [t, targets.get(t) ?? 0]));
  const groups = [...groupBy(drawn)].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const assignments: DrawAssignment[] = [];
  for (const [, group] of groups) {
    for (const s of shuffle(group, rnd)) {
      let best: string | null = null;
      for (const t of teams) {
        if (t === s.workTeamId || room.get(t)! <= 0) continue;
        if (best === null || room.get(t)! > room.get(best)! || (room.get(t) === room.get(best) && rank.get(t)! < rank.get(best)!)) best = t;
      }
      if (best === null) best = swapIn(s, assignments, room);
      if (best === null) continue; // fewer than two teams: nobody may revisit it
      room.set(best, room.get(best)! - 1);
      assignments.push({ ...s, assignedTeamId: best });
    }
  }
  assignments.sort(byKey);
  const loads: Record<string, number> = Object.fromEntries(teams.map((t) => [t, 0]));
  for (const a of assignments) loads[a.assignedTeamId] = (loads[a.assignedTeamId] ?? 0) + 1;
  const populationHash = createHash('sha256').update(subjects.map((s) => `${key(s)}@${s.workTeamId}`).join('\n')).digest('hex');
  return { assignments, perTeam, loads, populationHash };
}

/**
 * Loads that differ as little as possible: each unit goes to the least-loaded team that may still take one
 * (a team may take at most the drawn work that is not its own). Ties are broken by a seeded order.
 */
function targetLoads(drawn: DrawSubject[], teams: string[], rnd: () => number): Map<string, number> {
  const own = new Map<string, number>();
  for (const s of drawn) own.set(s.workTeamId, (own.get(s.workTeamId) ?? 0) + 1);
  const cap = new Map(teams.map((t) => [t, drawn.length - (own.get(t) ?? 0)]));
  const load = new Map(teams.map((t) => [t, 0]));
  const order = shuffle(teams, rnd);
  const assignable = drawn.filter((s) => teams.some((t) => t !== s.workTeamId)).length;
  for (let k = 0; k < assignable; k++) {
    let best: string | null = null;
    for (const t of order) {
      if (load.get(t)! >= cap.get(t)!) continue;
      if (best === null || load.get(t)! < load.get(best)!) best = t;
    }
    if (best === null) break;
    load.set(best, load.get(best)! + 1);
  }
  return load;
}

/**
 * The only team with room left is the subject's own: trade places with an earlier assignment whose subject that
 * team may take and whose team may take this subject. Returns the team this subject gets (room accounted by
 * the caller), or null.
 */
function swapIn(s: DrawSubject, assignments: DrawAssignment[], room: Map<string, number>): string | null {
  const own = s.workTeamId;
  if ((room.get(own) ?? 0) <= 0) return null;
  for (const a of assignments) {
    if (a.workTeamId !== own && a.assignedTeamId !== own) {
      const freed = a.assignedTeamId;
      a.assignedTeamId = own;
      room.set(own, room.get(own)! - 1);
      room.set(freed, room.get(freed)! + 1);
      return freed;
    }
  }
  return null;
}

function groupBy(drawn: DrawSubject[]): Map<string, DrawSubject[]> {
  const m = new Map<string, DrawSubject[]>();
  for (const s of drawn) {
    const group = m.get(s.workTeamId);
    if (group) group.push(s);
    else m.set(s.workTeamId, [s]);
  }
  return m;
}

function shuffle<T>(items: readonly T[], rnd: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function dedupe(subjects: DrawSubject[]): DrawSubject[] {
  const seen = new Map<string, DrawSubject>();
  for (const s of subjects) if (!seen.has(key(s))) seen.set(key(s), s);
  return [...seen.values()];
}
