import { describe, it, expect } from 'vitest';
import { checkUscc } from '../../identifiers/uscc.js';
import { DIVISIONS } from '../../identifiers/divisions.js';
import { INDUSTRIES, generateEnterprises } from './enterprises.js';
import { personName } from './names.js';
import { createRandom } from '../../platform/demo/random.js';

const WUHU_COUNTIES = DIVISIONS.filter((d) => d.parentCode === '340200').map(({ code, name }) => ({ code, name }));

describe('INDUSTRIES', () => {
  it('has the agreed codes', () => {
    expect(INDUSTRIES.map((i) => i.code)).toEqual([
      'restaurant',
      'pharmacy',
      'petrol-station',
      'factory',
      'internet-cafe',
      'hotel',
      'supermarket',
      'hazardous-chemicals',
      'medical-devices',
      'cosmetics',
      'logistics',
      'entertainment',
      'construction',
      'food-production',
    ]);
    expect(INDUSTRIES.find((i) => i.code === 'hazardous-chemicals')?.zh).toBe('危险化学品经营');
  });
});

describe('personName', () => {
  it('gives a 2–4 character Chinese name', () => {
    const rng = createRandom(3);
    for (let i = 0; i < 200; i++) expect(personName(rng)).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
  });
});

describe('generateEnterprises', () => {
  const enterprises = generateEnterprises(createRandom(20250615), 300, WUHU_COUNTIES);

  it('produces 300 enterprises whose USCCs all pass checkUscc', () => {
    expect(enterprises).toHaveLength(300);
    for (const e of enterprises) {
      expect(checkUscc(e.uscc), `${e.name} ${e.uscc}`).toEqual({ ok: true, uscc: e.uscc });
      expect(e.uscc.slice(0, 1)).toBe('9');
      expect(['1', '2', '3']).toContain(e.uscc.charAt(1));
      expect(e.uscc.slice(2, 8)).toBe(e.divisionCode);
    }
  });

  it('has unique names and USCCs', () => {
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(300);
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(300);
  });

  it('is deterministic for a seed', () => {
    expect(generateEnterprises(createRandom(20250615), 300, WUHU_COUNTIES)).toEqual(enterprises);
    expect(generateEnterprises(createRandom(1), 300, WUHU_COUNTIES)).not.toEqual(enterprises);
  });

  it('fills every field plausibly', () => {
    const industries = new Set<string>(INDUSTRIES.map((i) => i.code));
    const counties = new Map(WUHU_COUNTIES.map((d) => [d.code, d.name]));
    for (const e of enterprises) {
      expect(industries.has(e.industry)).toBe(true);
      expect(e.name).toMatch(/^[\u4e00-\u9fff（）0-9]+$/);
      expect(e.legalRepresentative).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(e.address.startsWith(`芜湖市${counties.get(e.divisionCode)}`)).toBe(true);
      expect(e.address).toMatch(/\d+号$/);
      expect(e.registeredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${e.registeredOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.registeredOn);
      expect(e.phone).toMatch(/^(0553-\d{7}|1\d{10})$/);
      if (e.uscc.charAt(1) !== '1') expect(e.aboveDesignatedSize).toBe(false);
      // Legacy all-digit organisation codes only before GB 32100 came into force.
      if (e.registeredOn >= '2015-10-01') expect(e.uscc.slice(8, 10)).toBe('MA');
    }
    expect(new Set(enterprises.map((e) => e.divisionCode)).size).toBe(WUHU_COUNTIES.length);
    expect(new Set(enterprises.map((e) => e.industry)).size).toBe(INDUSTRIES.length);
  });

  it('makes factories and chemical traders more often above designated size than restaurants', () => {
    const many = generateEnterprises(createRandom(99), 3000, WUHU_COUNTIES);
    const share = (codes: string[]) => {
      const group = many.filter((e) => codes.includes(e.industry));
      return group.filter((e) => e.aboveDesignatedSize).length / group.length;
    };
    expect(new Set(many.map((e) => e.name)).size).toBe(3000);
    expect(share(['factory', 'hazardous-chemicals'])).toBeGreaterThan(0.25);
    expect(share(['restaurant'])).toBeLessThan(0.05);
  });

  it('works for divisions outside the demo table and rejects bad input', () => {
    const hefei = generateEnterprises(createRandom(5), 20, [{ code: '340100', name: '合肥市' }]);
    for (const e of hefei) {
      expect(checkUscc(e.uscc).ok).toBe(true);
      expect(e.address.startsWith('合肥市')).toBe(true);
      expect(e.address.startsWith('合肥市合肥市')).toBe(false);
    }
    expect(generateEnterprises(createRandom(5), 0, [])).toEqual([]);
    expect(() => generateEnterprises(createRandom(5), 1, [])).toThrow(RangeError);
    expect(() => generateEnterprises(createRandom(5), 1, [{ code: '3402', name: 'x' }])).toThrow(RangeError);
  });
});
