import type { CodeKey } from './signers.js';
import { decodePayload, encodePayload, type CodePayload } from './payload.js';

/**
 * The code text: `<kid>.<payload>.<signature>` (base64url), e.g. `k1a2b.AQGV….Xk9…`.
 * Anything altered — one character anywhere — fails verification and scans as `invalid`.
 */
export function signCode(key: CodeKey, payload: CodePayload): string {
  if (!key.sign) throw new Error(`key ${key.kid} cannot sign`);
  const body = encodePayload(payload);
  return `${key.kid}.${body.toString('base64url')}.${key.sign(body).toString('base64url')}`;
}

const B64URL = /^[A-Za-z0-9_-]+$/;

export function verifyCode(text: string, keyFor: (kid: string) => CodeKey | undefined): CodePayload | null {
  const parts = text.split('.');
  if (parts.length !== 3) return null;
  const [kid, body, sig] = parts as [string, string, string];
  if (!B64URL.test(body) || !B64URL.test(sig) || kid.length > 40) return null;
  const key = keyFor(kid);
  if (!key) return null;
  const bodyBuf = Buffer.from(body, 'base64url');
  // Reject non-canonical base64 (a changed trailing character that decodes to the same bytes).
  if (bodyBuf.toString('base64url') !== body) return null;
  const sigBuf = Buffer.from(sig, 'base64url');
  if (sigBuf.toString('base64url') !== sig) return null;
  if (!key.verify(bodyBuf, sigBuf)) return null;
  return decodePayload(bodyBuf);
}
