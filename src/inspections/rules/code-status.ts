export type CodeStatus = 'valid' | 'not-yet-valid' | 'expired' | 'revoked' | 'done' | 'invalid';

/** A6 — what a scanned code shows at `now`. */
export function codeStatus(
  i: { status: 'issued' | 'revoked' | 'done'; windowStart: Date; windowEnd: Date; codeVersion: number },
  scannedVersion: number,
  now: Date,
): CodeStatus {
  if (i.status === 'revoked' || scannedVersion < i.codeVersion) return 'revoked';
  if (scannedVersion > i.codeVersion) return 'invalid';
  if (i.status === 'done') return 'done';
  if (now < i.windowStart) return 'not-yet-valid';
  if (now > i.windowEnd) return 'expired';
  return 'valid';
}
