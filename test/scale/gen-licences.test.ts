import { describe, expect, it } from 'vitest';
import { allocate } from '../../scripts/gen/run.js';
import { industryAt, enterpriseAt, statusAt, STREAM } from '../../scripts/gen/enterprises.js';
import { LICENSED_INDUSTRIES, licencesOf } from '../../scripts/gen/licences.js';
import { streamOf } from '../../scripts/gen/lib.js';
import { daysLeft } from '../../src/drugs/rules/reminder-windows.js';

/**
 * The generator's licence part at a small size (no database): licences go only to active enterprises of the
 * licensed industries and add up to the number asked; rows are deterministic, numbers unique per kind, and about
 * a tenth of the licences is inside the 180-day reminder window on the generation day.
 */
const seed = 11;
const nowMs = Date.parse('2026-11-27T00:00:00+08:00');
const today = '2026-11-27';

describe('npm run gen: licences', () => {
  const o = { enterprises: 3000, inspections: 0, penalties: 0, licences: 900, seed };
  const alloc = allocate(o);

  it('gives the licences asked to active enterprises of the licensed industries only', () => {
    expect(alloc.licences.reduce((a, b) => a + b, 0)).toBe(900);
    for (let i = 0; i < o.enterprises; i++) {
      if (alloc.licences[i]! > 0) {
        expect(statusAt(seed, i)).toBe('active');
        expect(LICENSED_INDUSTRIES[industryAt(seed, i)]).toBeDefined();
      }
    }
    // industryAt draws as enterpriseAt does.
    for (let i = 0; i < 50; i++) expect(industryAt(seed, i)).toBe(enterpriseAt(seed, i).industry);
  });

  it('makes the same rows from the same seed, unique numbers per kind, kinds of the industry, five-year validity', () => {
    const rows = [];
    for (let i = 0; i < o.enterprises; i++) {
      const n = alloc.licences[i]!;
      if (!n) continue;
      const e = { index: i, industry: industryAt(seed, i) };
      const mine = licencesOf(nowMs, e, n, streamOf(seed, i, STREAM.licences));
      expect(licencesOf(nowMs, e, n, streamOf(seed, i, STREAM.licences))).toEqual(mine);
      for (const l of mine) expect(LICENSED_INDUSTRIES[e.industry]!.map(([k]) => k)).toContain(l.kind);
      rows.push(...mine);
    }
    expect(rows).toHaveLength(900);
    expect(new Set(rows.map((r) => `${r.kind}|${r.number}`)).size).toBe(900);
    expect(new Set(rows.map((r) => r.id)).size).toBe(900);
    for (const r of rows) {
      expect(r.validFrom < r.validUntil).toBe(true);
      expect(Number(r.validUntil.slice(0, 4)) - Number(r.validFrom.slice(0, 4))).toBeGreaterThanOrEqual(4);
      if (r.validUntil >= today) expect(r.status).toBe('valid');
    }
    const inWindow = rows.filter(
      (r) =>
        r.status === 'valid' && daysLeft(r.validUntil, today) >= 0 && daysLeft(r.validUntil, today) <= 180,
    ).length;
    expect(inWindow / rows.length).toBeGreaterThan(0.06);
    expect(inWindow / rows.length).toBeLessThan(0.14);
    expect(rows.some((r) => r.status === 'renewed')).toBe(true);
  });
});
