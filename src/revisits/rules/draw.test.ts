import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawRevisits, sampleSize, SUBJECT_TYPES, type DrawSubject, type RevisitDrawInput } from './draw.js';

/**
 * G2 over random organisation shapes: departments with teams, each team with its own workload of inspections,
 * case files and complaints, some teams without staff to revisit, random ratios and seeds.
 */
const organisation = fc
  .record({
    departments: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 }),
    seed: fc.string({ minLength: 1, maxLength: 20 }),
    defaultRatio: fc.double({ min: 0.01, max: 1, noNaN: true }),
  })
  .chain(({ departments, seed, defaultRatio }) => {
    const teams = departments.flatMap((n, d) => Array.from({ length: n }, (_, k) => `d${d}-t${k}`));
    return fc.record({
      seed: fc.constant(seed),
      defaultRatio: fc.constant(defaultRatio),
      teams: fc.constant(teams),
      workloads: fc.tuple(...teams.map(() => fc.integer({ min: 0, max: 40 }))),
      ratios: fc.tuple(...teams.map(() => fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }))),
      withoutStaff: fc.tuple(...teams.map(() => fc.boolean())),
      heavy: fc.option(fc.integer({ min: 0, max: teams.length - 1 }), { nil: undefined }),
      types: fc.array(fc.constantFrom(...SUBJECT_TYPES), { minLength: 1, maxLength: 50 }),
    });
  })
  .map(({ seed, defaultRatio, teams, workloads, ratios, withoutStaff, heavy, types }): RevisitDrawInput => {
    const subjects: DrawSubject[] = [];
    teams.forEach((team, i) => {
      // One team may carry most of the work (the case where an even split is impossible).
      const n = heavy === i ? workloads[i]! * 6 : workloads[i]!;
      for (let k = 0; k < n; k++) {
        subjects.push({ subjectType: types[k % types.length]!, subjectId: `${team}-s${k}`, enterpriseUscc: `U${k % 7}`, workTeamId: team });
      }
    });
    const staffed = teams.filter((_, i) => !withoutStaff[i] || i === 0);
    return {
      seed,
      subjects,
      teamIds: staffed,
      ratios: Object.fromEntries(teams.flatMap((t, i) => (ratios[i] === undefined ? [] : [[t, ratios[i]!]]))),
      defaultRatio,
    };
  });

describe('the revisit draw (G2), property-tested over organisation shapes', () => {
  it('never gives a team its own work; draws each team at its ratio; assigns every subject another team can take', () => {
    fc.assert(
      fc.property(organisation, (input) => {
        const r = drawRevisits(input);
        for (const a of r.assignments) {
          expect(a.assignedTeamId).not.toBe(a.workTeamId);
          expect(input.teamIds).toContain(a.assignedTeamId);
        }
        for (const t of r.perTeam) {
          const ratio = input.ratios[t.teamId] ?? input.defaultRatio;
          expect(t.drawn).toBe(sampleSize(t.population, ratio));
          expect(t.drawn).toBeGreaterThanOrEqual(t.population > 0 ? 1 : 0);
        }
        const drawn = r.perTeam.reduce((n, t) => n + t.drawn, 0);
        const revisitable = (team: string) => input.teamIds.some((t) => t !== team);
        const expected = r.perTeam.reduce((n, t) => n + (revisitable(t.teamId) ? t.drawn : 0), 0);
        expect(r.assignments.length).toBe(expected);
        expect(drawn).toBeGreaterThanOrEqual(r.assignments.length);
      }),
      { numRuns: 250 },
    );
  });

  it('keeps loads within one of each other where possible, and otherwise only a team at its cap lags', () => {
    fc.assert(
      fc.property(organisation, (input) => {
        const r = drawRevisits(input);
        const N = r.assignments.length;
        const own = new Map<string, number>();
        for (const a of r.assignments) own.set(a.workTeamId, (own.get(a.workTeamId) ?? 0) + 1);
        const teams = [...new Set(input.teamIds)];
        const cap = (t: string) => N - (own.get(t) ?? 0);
        const load = (t: string) => r.loads[t] ?? 0;
        // Optimality of the levelling: a team more than one below another is full (all the rest is its own work).
        for (const a of teams) for (const b of teams) if (load(a) > load(b) + 1) expect(load(b)).toBe(cap(b));
        // Where an even split exists (every team can take ⌊N/T⌋, enough can take one more), it is the one drawn.
        const T = teams.length;
        const q = Math.floor(N / T);
        const rem = N % T;
        const possible = teams.every((t) => cap(t) >= q) && teams.filter((t) => cap(t) >= q + 1).length >= rem;
        if (possible) {
          const loads = teams.map(load);
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('re-running a draw with its recorded seed reproduces it exactly, whatever order the rows came in', () => {
    fc.assert(
      fc.property(organisation, fc.integer(), (input, salt) => {
        const first = drawRevisits(input);
        const reordered = [...input.subjects].sort((a, b) => ((hash(a.subjectId, salt) - hash(b.subjectId, salt)) || 0));
        const again = drawRevisits({ ...input, subjects: reordered, teamIds: [...input.teamIds].reverse() });
        expect(again).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('a different seed gives a different draw (on enough work)', () => {
    const subjects: DrawSubject[] = Array.from({ length: 60 }, (_, k) => ({ subjectType: 'inspection', subjectId: `s${k}`, enterpriseUscc: 'U', workTeamId: `t${k % 3}` }));
    const input = { subjects, teamIds: ['t0', 't1', 't2'], ratios: {}, defaultRatio: 0.3 };
    expect(drawRevisits({ ...input, seed: 'a' }).assignments).not.toEqual(drawRevisits({ ...input, seed: 'b' }).assignments);
  });
});

function hash(s: string, salt: number): number {
  let h = salt | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
