import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('dates as people read them', () => {
  it('a calendar date stays as the server wrote it, whatever the time zone (no day shift)', () => {
    expect(formatDate('2026-03-01')).toBe('2026-03-01');
    expect(formatDateTime('2026-03-01')).toBe('2026-03-01');
  });

  it('a timestamp is shown as a day and a minute of the local clock', () => {
    const at = new Date(2026, 10, 27, 9, 5);
    expect(formatDate(at.toISOString())).toBe('2026-11-27');
    expect(formatDateTime(at.toISOString())).toBe('2026-11-27 09:05');
  });

  it('nothing shows as empty, and what is not a date as it came', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDate('不详')).toBe('不详');
  });
});
