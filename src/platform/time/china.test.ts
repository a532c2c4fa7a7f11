import { describe, expect, it } from 'vitest';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { chinaDayOf, startOfChinaDay, endOfChinaDay } from './china.js';

const byDateFns = (at: number) => format(at, 'yyyy-MM-dd', { in: tz('Asia/Shanghai') });

describe('chinaDayOf', () => {
  it('turns at midnight in Shanghai, 16:00 UTC', () => {
    expect(chinaDayOf(new Date('2026-12-05T15:59:59.999Z'))).toBe('2026-12-05');
    expect(chinaDayOf(new Date('2026-12-05T16:00:00.000Z'))).toBe('2026-12-06');
    expect(chinaDayOf(startOfChinaDay('2027-03-01').getTime() - 1)).toBe('2027-02-28');
    expect(chinaDayOf(endOfChinaDay('2028-02-29'))).toBe('2028-02-29');
  });

  it('answers as date-fns does for instants from 1900 to 2100, the summer-time years 1986–1991 included', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const from = Date.UTC(1900, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    const instants = Array.from({ length: 5000 }, () => Math.floor(from + rand() * (to - from)));
    for (let y = 1986; y <= 1991; y++) for (let h = 0; h < 24 * 366; h += 7) instants.push(Date.UTC(y, 0, 1) + h * 3_600_000 - 1);
    for (const at of instants) expect(chinaDayOf(at), new Date(at).toISOString()).toBe(byDateFns(at));
  });

  it('refuses an invalid date as date-fns does', () => {
    expect(() => chinaDayOf(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('chinaDayOf remembers the days it was asked', () => {
  it('answers the same as the time-zone database on both sides of China midnight, in any order', () => {
    const midnight = Date.parse('2026-12-07T16:00:00Z'); // 2026-12-08 00:00 in Shanghai
    const asked = [midnight - 1, midnight, midnight + 1, midnight - 86_400_000, midnight + 30 * 86_400_000, midnight - 1, Date.parse('2026-12-31T15:59:59.999Z'), Date.parse('2026-12-31T16:00:00Z')];
    const expected = (t: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
    for (let round = 0; round < 3; round++) for (const t of asked) expect(chinaDayOf(t)).toBe(expected(t));
    expect(chinaDayOf(midnight - 1)).toBe('2026-12-07');
    expect(chinaDayOf(new Date(midnight))).toBe('2026-12-08');
    expect(chinaDayOf(Date.parse('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});
