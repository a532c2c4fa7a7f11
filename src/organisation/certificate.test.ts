import { describe, it, expect } from 'vitest';
import { certificateCovers, certificateState, type Certificate } from './certificate.js';

const cert: Certificate = {
  certificateFields: ['market'],
  certificateValidFrom: '2024-01-01',
  certificateValidUntil: '2026-12-31',
  certificateStatus: 'active',
};
// 2026-12-31 23:30 in China is 15:30 UTC.
const at = (iso: string) => new Date(iso);

describe('certificate state', () => {
  it('is valid, expiring within 30 days, then expired by the China calendar day', () => {
    expect(certificateState(cert, at('2026-11-01T00:00:00Z'))).toBe('valid');
    expect(certificateState(cert, at('2026-12-15T00:00:00Z'))).toBe('expiring');
    expect(certificateState(cert, at('2026-12-31T15:30:00Z'))).toBe('expiring');
    expect(certificateState(cert, at('2026-12-31T16:30:00Z'))).toBe('expired');
    expect(certificateState({ ...cert, certificateStatus: 'suspended' }, at('2026-11-01T00:00:00Z'))).toBe('suspended');
  });
});

describe('certificate covers an inspection window', () => {
  it('refuses a certificate that expires inside the window', () => {
    expect(certificateCovers(cert, 'market', at('2026-12-30T01:00:00Z'), at('2027-01-02T01:00:00Z'))).toEqual({ ok: false, reason: 'expires-in-window' });
  });
  it('accepts a window ending on the last valid day', () => {
    expect(certificateCovers(cert, 'market', at('2026-12-30T01:00:00Z'), at('2026-12-31T09:00:00Z'))).toEqual({ ok: true });
  });
  it('refuses another field and a suspended certificate', () => {
    expect(certificateCovers(cert, 'ecology', at('2026-12-01T01:00:00Z'), at('2026-12-02T01:00:00Z'))).toEqual({ ok: false, reason: 'field' });
    expect(certificateCovers({ ...cert, certificateStatus: 'revoked' }, 'market', at('2026-12-01T01:00:00Z'), at('2026-12-02T01:00:00Z'))).toEqual({ ok: false, reason: 'suspended' });
  });
});
