import { describe, expect, it } from 'vitest';
import { CHECKLIST_CATEGORIES, CHECKLIST_V1, uncheckedItems } from './checklist.js';
import { openAgeBucket } from './open-age.js';
import { milestonesToRemind } from './milestone-reminder.js';

describe('E3 the check package', () => {
  it('has 4 categories and 14 items, each with a basis', () => {
    expect(CHECKLIST_V1).toHaveLength(14);
    expect(new Set(CHECKLIST_V1.map((i) => i.category))).toEqual(new Set(CHECKLIST_CATEGORIES));
    expect(CHECKLIST_V1.every((i) => i.basis.length > 0)).toBe(true);
    expect(new Set(CHECKLIST_V1.map((i) => i.code)).size).toBe(14);
  });
  it('a visit is complete when no item is left unchecked (一查清)', () => {
    expect(uncheckedItems(CHECKLIST_V1, ['P1', 'P2'])).toHaveLength(12);
    expect(uncheckedItems(CHECKLIST_V1, CHECKLIST_V1.map((i) => i.code))).toEqual([]);
  });
});

describe('E5 open problems by age', () => {
  const now = new Date('2026-12-06T00:00:00Z');
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  it('buckets by whole days since found', () => {
    expect(openAgeBucket(daysAgo(0), now)).toBe('d0-30');
    expect(openAgeBucket(daysAgo(30), now)).toBe('d0-30');
    expect(openAgeBucket(daysAgo(31), now)).toBe('d31-90');
    expect(openAgeBucket(daysAgo(180), now)).toBe('d91-180');
    expect(openAgeBucket(daysAgo(181), now)).toBe('d181+');
  });
});

describe('E5 reminders before milestones', () => {
  const ms = [
    { due: '2026-12-01', text: 'overdue' },
    { due: '2026-12-09', text: 'in 3 days' },
    { due: '2026-12-10', text: 'in 4 days' },
  ];
  it('reminds milestones due within 3 days of today, overdue ones included', () => {
    expect(milestonesToRemind(ms, '2026-12-06').map((m) => m.text)).toEqual(['overdue', 'in 3 days']);
  });
});
