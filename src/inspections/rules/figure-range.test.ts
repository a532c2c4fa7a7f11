import { describe, expect, it } from 'vitest';
import { splitRange } from './figure-range.js';

const cn = (local: string) => new Date(`${local}+08:00`);

describe('splitRange: whole China days from the aggregates, the edges live', () => {
  it('no range: every day, nothing live', () => {
    expect(splitRange({})).toEqual({ days: {}, live: [] });
  });
  it('a range on China midnights is whole days only', () => {
    expect(splitRange({ from: cn('2026-03-01T00:00:00'), to: cn('2026-04-01T00:00:00') })).toEqual({
      days: { from: '2026-03-01', to: '2026-04-01' },
      live: [],
    });
  });
  it('UTC midnight is 08:00 in China: the partial days at both edges are live', () => {
    const from = new Date('2026-03-01T00:00:00Z');
    const to = new Date('2026-03-05T00:00:00Z');
    expect(splitRange({ from, to })).toEqual({
      days: { from: '2026-03-02', to: '2026-03-05' },
      live: [
        { from, to: cn('2026-03-02T00:00:00') },
        { from: cn('2026-03-05T00:00:00'), to },
      ],
    });
  });
  it('open on one side', () => {
    const from = cn('2026-03-01T12:00:00');
    expect(splitRange({ from })).toEqual({
      days: { from: '2026-03-02' },
      live: [{ from, to: cn('2026-03-02T00:00:00') }],
    });
    const to = cn('2026-03-01T00:00:01');
    expect(splitRange({ to })).toEqual({
      days: { to: '2026-03-01' },
      live: [{ from: cn('2026-03-01T00:00:00'), to }],
    });
  });
  it('inside one day, or up to the next midnight: all live', () => {
    const from = cn('2026-03-01T09:00:00');
    expect(splitRange({ from, to: cn('2026-03-01T18:00:00') })).toEqual({
      days: null,
      live: [{ from, to: cn('2026-03-01T18:00:00') }],
    });
    expect(splitRange({ from, to: cn('2026-03-02T00:00:00') })).toEqual({
      days: null,
      live: [{ from, to: cn('2026-03-02T00:00:00') }],
    });
  });
  it('an empty or reversed range counts nothing', () => {
    const at = cn('2026-03-01T09:00:00');
    expect(splitRange({ from: at, to: at })).toEqual({ days: null, live: [] });
    expect(splitRange({ from: cn('2026-03-05T00:00:00'), to: cn('2026-03-01T00:00:00') })).toEqual({
      days: null,
      live: [],
    });
  });
  it('a leap day and a year end are whole days like any other', () => {
    expect(splitRange({ from: cn('2028-02-29T00:00:00'), to: cn('2029-01-01T00:00:00') }).days).toEqual({
      from: '2028-02-29',
      to: '2029-01-01',
    });
  });
});
