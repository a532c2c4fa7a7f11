import { describe, expect, it } from 'vitest';
import { EMPTY_CALENDAR, endOfChinaDay, type WorkingCalendar } from '../../calendar/working-days.js';
import { CASE_DEADLINE_RULES, caseDeadlineStep, reminderHorizon, type CaseClock } from './case-deadline.js';

/** 2026: 1–7 October off (National Day), Saturday 10 October worked. */
const nationalDay: WorkingCalendar = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']),
  workdays: new Set(['2026-10-10']),
};
/** A moment in China (UTC+8) on `day` at `hh:mm`. */
const china = (day: string, hhmm = '10:00') => new Date(`${day}T${hhmm}:00+08:00`);
const due = (dueDay: string, over: Partial<CaseClock> = {}): CaseClock => ({
  status: 'open',
  dueDay,
  dueAt: endOfChinaDay(dueDay),
  remindedAt: null,
  escalatedAt: null,
  ...over,
});

describe('B2 reminder horizon: one working day ahead, in China days', () => {
  it('is the next working day', () => {
    expect(CASE_DEADLINE_RULES.remindWorkingDaysBefore).toBe(1);
    expect(reminderHorizon(china('2026-06-02'), EMPTY_CALENDAR)).toBe('2026-06-03'); // Tuesday → Wednesday
    expect(reminderHorizon(china('2026-06-05'), EMPTY_CALENDAR)).toBe('2026-06-08'); // Friday → Monday
  });

  it('skips a holiday and counts an adjusted working Saturday', () => {
    expect(reminderHorizon(china('2026-09-30'), nationalDay)).toBe('2026-10-08');
    expect(reminderHorizon(china('2026-10-09'), nationalDay)).toBe('2026-10-10');
  });

  it('takes the day in China: 23:30 UTC on 1 June is already 2 June', () => {
    expect(reminderHorizon(new Date('2026-06-01T23:30:00Z'), EMPTY_CALENDAR)).toBe('2026-06-03');
  });
});

describe('B2 the step due for a case', () => {
  const now = china('2026-06-02');
  const horizon = reminderHorizon(now, EMPTY_CALENDAR); // 2026-06-03

  it('reminds a case due today or by the next working day, once', () => {
    expect(caseDeadlineStep(due('2026-06-02'), now, horizon)).toBe('remind');
    expect(caseDeadlineStep(due('2026-06-03'), now, horizon)).toBe('remind');
    expect(caseDeadlineStep(due('2026-06-03', { remindedAt: china('2026-06-01') }), now, horizon)).toBeNull();
  });

  it('does not remind a case due later', () => {
    expect(caseDeadlineStep(due('2026-06-04'), now, horizon)).toBeNull();
  });

  it('escalates a case whose deadline has passed, once, and never reminds it', () => {
    expect(caseDeadlineStep(due('2026-06-01'), now, horizon)).toBe('escalate');
    expect(caseDeadlineStep(due('2026-06-01', { remindedAt: null }), now, horizon)).not.toBe('remind');
    expect(caseDeadlineStep(due('2026-06-01', { escalatedAt: china('2026-06-02', '00:15') }), now, horizon)).toBeNull();
  });

  it('a returned case waits for an answer again and is judged the same way', () => {
    expect(caseDeadlineStep(due('2026-06-01', { status: 'returned' }), now, horizon)).toBe('escalate');
    expect(caseDeadlineStep(due('2026-06-03', { status: 'returned' }), now, horizon)).toBe('remind');
  });

  it('a case answered or closed has no step, however late', () => {
    for (const status of ['answered', 'closed'] as const) {
      expect(caseDeadlineStep(due('2026-05-01', { status }), now, horizon)).toBeNull();
      expect(caseDeadlineStep(due('2026-06-02', { status }), now, horizon)).toBeNull();
    }
  });

  it('the last moment of the due day is still on time: no escalation at it, escalation just after', () => {
    const last = endOfChinaDay('2026-06-01');
    expect(caseDeadlineStep(due('2026-06-01', { remindedAt: last }), last, reminderHorizon(last, EMPTY_CALENDAR))).toBeNull();
    const after = new Date(last.getTime() + 1);
    expect(caseDeadlineStep(due('2026-06-01'), after, reminderHorizon(after, EMPTY_CALENDAR))).toBe('escalate');
  });
});
