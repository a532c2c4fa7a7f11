/**
 * Request signatures between Qinqing and the credit platforms: HMAC-SHA256 with a shared secret over
 * `METHOD \n path-with-query \n timestamp \n body`, hex, in `X-Qinqing-Signature`; the timestamp (Unix ms) in
 * `X-Qinqing-Timestamp`. A receiver refuses a wrong signature and a timestamp more than 5 minutes off.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-qinqing-signature';
export const TIMESTAMP_HEADER = 'x-qinqing-timestamp';
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000;

export function signRequest(secret: string, method: string, path: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${method.toUpperCase()}\n${path}\n${timestamp}\n${body}`).digest('hex');
}

export function verifyRequest(
  secret: string,
  req: { method: string; path: string; timestamp: string | undefined; body: string; signature: string | undefined },
  nowMs: number,
): 'ok' | 'missing' | 'stale' | 'bad' {
  if (!req.timestamp || !req.signature) return 'missing';
  const ts = Number(req.timestamp);
  if (!Number.isFinite(ts) || Math.abs(nowMs - ts) > SIGNATURE_TOLERANCE_MS) return 'stale';
  const expected = Buffer.from(signRequest(secret, req.method, req.path, req.timestamp, req.body), 'hex');
  const given = Buffer.from(req.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'bad';
}
