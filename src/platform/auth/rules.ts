/** Account rules — pure functions of the state and `now`. */
import zxcvbn from 'zxcvbn';

/**
 * Failed attempts are answered with a growing delay, never a lock: after `free` failures from one place (the
 * account name and the client IP together), the next attempt waits `baseMs` · 2^(failures − free), up to
 * `maxMs`. A stranger guessing the admin's password from elsewhere therefore slows only themselves; the owner
 * signing in from their own address is not held up (OWASP ASVS 2.2.1).
 */
export interface DelayPolicy {
  free: number;
  baseMs: number;
  maxMs: number;
}
export const SIGN_IN_DELAY: DelayPolicy = { free: 4, baseMs: 1000, maxMs: 15 * 60_000 };
/** Guessing the current password on the change route: the same, keyed by the signed-in user. */
export const PASSWORD_CHANGE_DELAY: DelayPolicy = { free: 3, baseMs: 2000, maxMs: 15 * 60_000 };

export interface FailureState {
  failures: number;
  /** No attempt is judged before this moment. */
  notBefore: Date | null;
}

export const waitMs = (s: FailureState | undefined, now: Date): number =>
  s?.notBefore ? Math.max(0, s.notBefore.getTime() - now.getTime()) : 0;

/** After one more failure: the count and, past the free ones, the moment the next attempt is judged. */
export function afterFailure(s: FailureState | undefined, now: Date, policy: DelayPolicy): FailureState {
  const failures = (s?.failures ?? 0) + 1;
  if (failures <= policy.free) return { failures, notBefore: null };
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(30, failures - policy.free - 1));
  return { failures, notBefore: new Date(now.getTime() + delay) };
}

/** Password policy: at least 8 characters from at least 3 of 4 classes. */
export function passwordAcceptable(password: string): boolean {
  if (password.length < 8) return false;
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3;
}

/** Words that make a password guessable here: the product's and the demo's names. */
const LOCAL_WORDS = ['qinqing', '亲清', 'wuhu', 'anhui', 'demo', 'admin', 'password'];

/**
 * A new password must meet the policy and not be guessable: zxcvbn (common passwords, dictionary words, keyboard
 * patterns, dates) must estimate at least 10^8 guesses (score 3), with the account's own name and the local words
 * counted as known — so `Password1` and the published demo password `Qinqing#2026` are refused.
 */
export function passwordStrongEnough(password: string, userInputs: string[] = []): boolean {
  if (!passwordAcceptable(password)) return false;
  return zxcvbn(password.slice(0, 100), [...LOCAL_WORDS, ...userInputs]).score >= 3;
}

export interface SessionLimits {
  idleMinutes: number;
  /** A session ends this long after sign-in, however busy (ASVS 3.3.2). */
  maxHours: number;
}

/** A session is live while not ended, used within the idle limit, and younger than the absolute lifetime. */
export function sessionLive(
  s: { createdAt: Date; lastSeenAt: Date; endedAt: Date | null },
  now: Date,
  limits: SessionLimits,
): boolean {
  return (
    s.endedAt === null &&
    now.getTime() - s.lastSeenAt.getTime() <= limits.idleMinutes * 60_000 &&
    now.getTime() - s.createdAt.getTime() <= limits.maxHours * 3_600_000
  );
}
