import { describe, expect, it } from 'vitest';
import { generateKey, loadKey, type Algorithm } from './signers.js';
import { signCode, verifyCode } from './code-text.js';
import { contentDigest, type CodePayload } from './payload.js';

const payload: CodePayload = {
  inspectionId: '01936f2e-8b1c-7a3d-9e4f-123456789abc',
  codeVersion: 1,
  uscc: '91340200MA2N0X1234',
  windowStart: new Date('2026-12-01T01:00:00Z'),
  windowEnd: new Date('2026-12-01T09:00:00Z'),
  digest: contentDigest({ departmentIds: ['b', 'a'], itemIds: ['x'], officerIds: ['o1', 'o2'], approvedBy: 'u' }),
};

describe.each<Algorithm>(['ed25519', 'sm2'])('%s codes', (algorithm) => {
  const pair = generateKey(algorithm);
  const key = loadKey({ kid: 'k1', algorithm, ...pair });
  const keys = (kid: string) => (kid === 'k1' ? key : undefined);

  it('round-trips what the code binds', () => {
    const text = signCode(key, payload);
    expect(verifyCode(text, keys)).toEqual(payload);
    expect(text.length).toBeLessThan(200);
  });

  it('any single changed character makes the code invalid', () => {
    const text = signCode(key, payload);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '.') continue;
      const other = alphabet[(alphabet.indexOf(text[i]!) + 7) % alphabet.length]!;
      const altered = text.slice(0, i) + other + text.slice(i + 1);
      expect(verifyCode(altered, keys), `position ${i}`).toBeNull();
    }
  });

  it('a code signed by another key (forged) is invalid', () => {
    const forger = loadKey({ kid: 'k1', algorithm, ...generateKey(algorithm) });
    expect(verifyCode(signCode(forger, payload), keys)).toBeNull();
  });
});

describe('digest of the bound content', () => {
  it('does not depend on order but on every member', () => {
    const a = contentDigest({ departmentIds: ['1', '2'], itemIds: ['i'], officerIds: ['a', 'b'], approvedBy: 'u' });
    expect(contentDigest({ departmentIds: ['2', '1'], itemIds: ['i'], officerIds: ['b', 'a'], approvedBy: 'u' })).toBe(a);
    expect(contentDigest({ departmentIds: ['1', '2'], itemIds: ['i'], officerIds: ['a', 'c'], approvedBy: 'u' })).not.toBe(a);
  });
});
