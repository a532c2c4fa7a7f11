import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * G3 — the online questionnaire link: `{revisitId}.{enterpriseId}.{nonce}.{expiresAtMs}.{mac}`, the MAC an
 * HMAC-SHA256 with the server's secret (`REVISIT_LINK_SECRET`). The signature proves the server issued it; the
 * nonce, kept on the revisit and cleared when the enterprise answers, makes it one-time.
 */
export interface LinkClaims {
  revisitId: string;
  enterpriseId: string;
  nonce: string;
  expiresAt: Date;
}

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');

export function newNonce(): string {
  return randomBytes(16).toString('base64url');
}

export function signLink(secret: string, c: LinkClaims): string {
  const body = `${c.revisitId}.${c.enterpriseId}.${c.nonce}.${c.expiresAt.getTime()}`;
  return `${body}.${mac(secret, body)}`;
}

/** The claims of a link the server signed, or null (altered, forged, malformed). Expiry is the caller's check. */
export function verifyLink(secret: string, token: string): LinkClaims | null {
  const parts = token.split('.');
  if (parts.length !== 5) return null;
  const [revisitId, enterpriseId, nonce, exp, given] = parts as [string, string, string, string, string];
  const expected = Buffer.from(mac(secret, `${revisitId}.${enterpriseId}.${nonce}.${exp}`));
  const got = Buffer.from(given);
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) return null;
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  if (!uuid.test(revisitId) || !uuid.test(enterpriseId) || !/^\d{1,15}$/.test(exp)) return null;
  return { revisitId, enterpriseId, nonce, expiresAt: new Date(Number(exp)) };
}
