import { describe, expect, it } from 'vitest';
import { onceRetried } from './memo.js';

describe('onceRetried', () => {
  it('opens once for every caller, and again after a failure', async () => {
    let calls = 0;
    const open = onceRetried(async () => {
      calls++;
      if (calls === 1) throw new Error('not up yet');
      return calls;
    });
    expect(open.current()).toBeUndefined();
    await expect(open()).rejects.toThrow('not up yet');
    expect(open.current()).toBeUndefined();
    const [a, b] = await Promise.all([open(), open()]);
    expect([a, b, calls]).toEqual([2, 2, 2]);
    expect(await open.current()).toBe(2);
  });
});
