/** Account rules — pure functions of the state and `now`. */

export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}
export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export const isLocked = (s: LockState, now: Date): boolean => s.lockedUntil !== null && s.lockedUntil > now;

/** After a failed sign-in: the 5th consecutive failure locks the account for 15 minutes. */
export function afterFailure(s: LockState, now: Date, policy = DEFAULT_LOCKOUT): LockState {
  // A lock that has run out starts a fresh count.
  const base = s.lockedUntil && s.lockedUntil <= now ? 0 : s.failedAttempts;
  const failedAttempts = base + 1;
  if (failedAttempts >= policy.maxFailures) {
    return { failedAttempts, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
  }
  return { failedAttempts, lockedUntil: null };
}

export const afterSuccess = (): LockState => ({ failedAttempts: 0, lockedUntil: null });

/** Password policy: at least 8 characters from at least 3 of 4 classes. */
export function passwordAcceptable(password: string): boolean {
  if (password.length < 8) return false;
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3;
}

/** A session is live while it was used within the idle limit and not ended. */
export function sessionLive(s: { lastSeenAt: Date; endedAt: Date | null }, now: Date, idleMinutes: number): boolean {
  return s.endedAt === null && now.getTime() - s.lastSeenAt.getTime() <= idleMinutes * 60_000;
}
