import { describe, expect, it } from 'vitest';
import { drawRandom } from './random-draw.js';

const population = Array.from({ length: 200 }, (_, i) => `e${String(i).padStart(3, '0')}`);
const officers = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'];

describe('双随机 random draw', () => {
  it('is reproducible from the recorded seed, whatever the input order', () => {
    const a = drawRandom({ seed: '2026-Q4-市场监管', population, size: { ratio: 0.05 }, officers });
    const b = drawRandom({ seed: '2026-Q4-市场监管', population: [...population].reverse(), size: { ratio: 0.05 }, officers: [...officers].reverse() });
    expect(b).toEqual(a);
    expect(a.enterpriseIds).toHaveLength(10); // 5% of 200
    expect(new Set(a.enterpriseIds).size).toBe(10);
  });
  it('another seed draws differently', () => {
    const a = drawRandom({ seed: 's1', population, size: { count: 10 }, officers });
    const b = drawRandom({ seed: 's2', population, size: { count: 10 }, officers });
    expect(b.enterpriseIds).not.toEqual(a.enterpriseIds);
  });
  it('pairs two distinct officers per visit and rounds the ratio up', () => {
    const r = drawRandom({ seed: 'x', population: population.slice(0, 30), size: { ratio: 0.05 }, officers });
    expect(r.enterpriseIds).toHaveLength(2); // ⌈1.5⌉
    for (const a of r.assignments) {
      expect(a.officerIds).toHaveLength(2);
      expect(new Set(a.officerIds).size).toBe(2);
    }
  });
  it('every enterprise is drawn with equal chance (roughly)', () => {
    const counts = new Map<string, number>();
    for (let s = 0; s < 2000; s++) for (const e of drawRandom({ seed: `s${s}`, population: population.slice(0, 20), size: { count: 2 }, officers }).enterpriseIds) counts.set(e, (counts.get(e) ?? 0) + 1);
    for (const c of counts.values()) expect(c).toBeGreaterThan(120); // expectation 200
  });
});
