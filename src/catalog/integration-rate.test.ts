import { describe, expect, it } from 'vitest';
import { integrationRateOf } from './integration-rate.js';

describe('A1 integration rate = 1 − scenarios ÷ items merged into them', () => {
  it('reproduces the seed: 2284 items → 695 scenarios = 69.57%', () => {
    expect(integrationRateOf(2284, 695)).toBe(0.6957);
  });

  it('10 items merged into 3 scenarios → 70%', () => {
    expect(integrationRateOf(10, 3)).toBe(0.7);
  });

  it('no items merged → no rate; each item its own scenario → 0', () => {
    expect(integrationRateOf(0, 0)).toBeNull();
    expect(integrationRateOf(4, 4)).toBe(0);
  });
});
