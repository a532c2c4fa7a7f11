/** 执法证 — pure rules on an officer's enforcement certificate. */
import { chinaDayOf as chinaDay } from '../calendar/index.js';

export interface Certificate {
  certificateFields: string[];
  certificateValidFrom: string; // YYYY-MM-DD, inclusive
  certificateValidUntil: string; // YYYY-MM-DD, inclusive
  certificateStatus: 'active' | 'suspended' | 'revoked';
}

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'not-yet-valid' | 'suspended';

/** Calendar day in China (UTC+8), as YYYY-MM-DD: the calendar's own. */
export { chinaDay };

export function certificateState(c: Certificate, now: Date, expiringWithinDays = 30): CertificateState {
  if (c.certificateStatus !== 'active') return 'suspended';
  const today = chinaDay(now);
  if (today < c.certificateValidFrom) return 'not-yet-valid';
  if (today > c.certificateValidUntil) return 'expired';
  const soon = chinaDay(new Date(now.getTime() + expiringWithinDays * 86_400_000));
  return soon > c.certificateValidUntil ? 'expiring' : 'valid';
}

/**
 * Whether the certificate lets its holder inspect in `field` for the whole window [start, end]:
 * active, covering the field, valid on the first and the last day of the window.
 */
export function certificateCovers(
  c: Certificate,
  field: string,
  start: Date,
  end: Date,
):
  | { ok: true }
  | { ok: false; reason: 'suspended' | 'field' | 'not-yet-valid' | 'expires-in-window' | 'expired' } {
  if (c.certificateStatus !== 'active') return { ok: false, reason: 'suspended' };
  if (!c.certificateFields.includes(field)) return { ok: false, reason: 'field' };
  const first = chinaDay(start);
  const last = chinaDay(end);
  if (first > c.certificateValidUntil) return { ok: false, reason: 'expired' };
  if (first < c.certificateValidFrom) return { ok: false, reason: 'not-yet-valid' };
  if (last > c.certificateValidUntil) return { ok: false, reason: 'expires-in-window' };
  return { ok: true };
}
