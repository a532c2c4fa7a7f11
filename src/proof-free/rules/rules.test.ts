import { describe, expect, it } from 'vitest';
import { countExemptions, exemptionRate, ruleFromText } from './exemption.js';
import { proofResult } from './result.js';
import { healthOf } from './health.js';
import { drawCommitments } from './spot-check.js';
import { answeredOnTime, needsReminder } from './assist.js';
import { EMPTY_CALENDAR } from '../../calendar/working-days.js';

describe('三个免提交 — exemption rate = exempt ÷ all', () => {
  it('counts the three exemption rules as exempt and "required" as not (hand count 7 of 10)', () => {
    const rules = [
      'national',
      'national',
      'national',
      'national',
      'advanced-region',
      'advanced-region',
      'risk-assessed',
      'required',
      'required',
      'required',
    ] as const;
    expect(countExemptions(rules)).toEqual({ materials: 10, exempt: 7, exemptionRate: 0.7 });
  });
  it('the seed figure: 7099 ÷ 7274 = 97.6%', () => {
    expect(Math.round(exemptionRate(7274, 7099) * 1000) / 10).toBe(97.6);
    expect(exemptionRate(0, 0)).toBe(0);
  });
  it('reads the catalog labels', () => {
    expect(ruleFromText('国家省已免提交')).toBe('national');
    expect(ruleFromText('先进地区已免提交')).toBe('advanced-region');
    expect(ruleFromText('风险可控免提交')).toBe('risk-assessed');
    expect(ruleFromText('仍需提交')).toBe('required');
    expect(ruleFromText('随便')).toBeUndefined();
  });
});

describe('what an answer proves', () => {
  it('an absence proof holds when no record is found; a presence proof when one is', () => {
    expect(proofResult('absence', { ok: true, found: false })).toBe('confirmed');
    expect(proofResult('absence', { ok: true, found: true })).toBe('not-confirmed');
    expect(proofResult('presence', { ok: true, found: true })).toBe('confirmed');
    expect(proofResult('presence', { ok: true, found: false })).toBe('not-confirmed');
    expect(proofResult('presence', { ok: false })).toBe('unavailable');
  });
});

describe('interface health from real calls', () => {
  it('healthy, slow, failing, unknown', () => {
    expect(healthOf({ total: 0, ok: 0, p95Ms: null }, 2000)).toBe('unknown');
    expect(healthOf({ total: 100, ok: 100, p95Ms: 800 }, 2000)).toBe('healthy');
    expect(healthOf({ total: 100, ok: 99, p95Ms: 2500 }, 2000)).toBe('slow');
    expect(healthOf({ total: 100, ok: 90, p95Ms: 100 }, 2000)).toBe('failing');
  });
});

describe('later checks of commitments: seeded and reproducible', () => {
  const keys = Array.from({ length: 50 }, (_, i) => `e${i}:c${i}`);
  it('the same seed draws the same commitments, whatever the order; the ratio is rounded up', () => {
    const a = drawCommitments(keys, 0.1, 7);
    expect(a).toHaveLength(5);
    expect(drawCommitments([...keys].reverse(), 0.1, 7)).toEqual(a);
    expect(drawCommitments(keys, 0.1, 8)).not.toEqual(a);
    expect(drawCommitments(keys.slice(0, 3), 0.1, 7)).toHaveLength(1);
  });
});

describe('协查 deadlines', () => {
  it('on time up to and including the due day (China time)', () => {
    expect(answeredOnTime(new Date('2026-12-04T15:59:00Z'), '2026-12-04')).toBe(true);
    expect(answeredOnTime(new Date('2026-12-04T16:01:00Z'), '2026-12-04')).toBe(false);
  });
  it('reminds from the working day before', () => {
    expect(needsReminder(new Date('2026-12-02T02:00:00Z'), '2026-12-04', EMPTY_CALENDAR)).toBe(false);
    expect(needsReminder(new Date('2026-12-03T02:00:00Z'), '2026-12-04', EMPTY_CALENDAR)).toBe(true);
    expect(needsReminder(new Date('2026-12-07T02:00:00Z'), '2026-12-04', EMPTY_CALENDAR)).toBe(true);
  });
});
