import { describe, expect, it } from 'vitest';
import { INDUSTRY_CODES } from '../enterprises/industries.js';
import { DEMO_DEPARTMENTS } from '../demo/departments.js';
import { DEMO_ITEMS, DEMO_SCENARIOS, type DemoItem } from './demo-catalog.js';
import { itemFields, scenarioFields } from './inputs.js';
import { scenarioProblems } from './scenario-rules.js';

const enforcement = DEMO_DEPARTMENTS.filter((d) => d.kind === 'enforcement').map((d) => d.code);
const byKey = new Map<string, DemoItem & { dept: string }>(
  Object.entries(DEMO_ITEMS).flatMap(([dept, items]) => items.map((i) => [`${dept}/${i.code}`, { ...i, dept }] as const)),
);

describe('A1 demo catalog', () => {
  it('gives every enforcement department 6–10 valid items with a legal basis, one or two of them unpublished', () => {
    expect(Object.keys(DEMO_ITEMS).sort()).toEqual([...enforcement].sort());
    for (const [dept, items] of Object.entries(DEMO_ITEMS)) {
      expect(items.length, dept).toBeGreaterThanOrEqual(6);
      expect(items.length, dept).toBeLessThanOrEqual(10);
      const drafts = items.filter((i) => i.draft).length;
      expect(drafts, dept).toBeGreaterThanOrEqual(1);
      expect(drafts, dept).toBeLessThanOrEqual(2);
      expect(new Set(items.map((i) => i.code)).size, dept).toBe(items.length);
      for (const i of items) {
        expect(itemFields.safeParse(i).success, i.code).toBe(true);
        expect(i.legalBasis, i.code).toMatch(/《.+》/);
        for (const industry of i.industries) expect(INDUSTRY_CODES).toContain(industry);
      }
    }
  });

  it('builds sound joint scenarios of published items of 2–4 departments', () => {
    expect(new Set(DEMO_SCENARIOS.map((s) => s.code)).size).toBe(DEMO_SCENARIOS.length);
    for (const s of DEMO_SCENARIOS) {
      const items = s.items.map((key) => {
        const item = byKey.get(key);
        expect(item, `${s.code}: ${key}`).toBeDefined();
        expect(item!.draft, `${s.code}: ${key} is published`).toBeUndefined();
        return { id: key, name: item!.name, departmentId: item!.dept, industries: item!.industries };
      });
      const departments = new Set(items.map((i) => i.departmentId)).size;
      expect(departments, s.code).toBeGreaterThanOrEqual(2);
      expect(departments, s.code).toBeLessThanOrEqual(4);
      expect(scenarioProblems(items, s.industry), s.code).toEqual([]);
      expect(scenarioFields.safeParse({ ...s, itemIds: [] }).error?.issues.map((i) => i.path[0])).toEqual(['itemIds']);
    }
    const industries = DEMO_SCENARIOS.map((s) => s.industry);
    for (const i of ['restaurant', 'pharmacy', 'petrol-station', 'internet-cafe', 'hotel', 'hazardous-chemicals'] as const) {
      expect(industries).toContain(i);
    }
  });

  it('merges food safety, fire safety and cooking fumes for a restaurant', () => {
    const restaurant = DEMO_SCENARIOS.find((s) => s.industry === 'restaurant')!;
    const depts = new Set(restaurant.items.map((k) => k.split('/')[0]));
    expect(depts).toEqual(new Set(['WH-SCJG', 'WH-XF', 'WH-STHJ']));
    expect(restaurant.items.map((k) => byKey.get(k)!.legalBasis).join()).toContain('《中华人民共和国大气污染防治法》第八十一条');
  });
});
